package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.alphaoctopus.octopus.KrakenStub.PATH;
import static dev.alphaoctopus.octopus.KrakenStub.failureOf;
import static dev.alphaoctopus.octopus.KrakenStub.resultOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client's calls go through a pool built from its settings, not Pekko's defaults. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpOctopusClientPoolTest {

  // One connection, and the silent answer comes well after the next call's own timeout: only
  // closing the silent connection at the request timeout lets the next call through in time.
  private static final ActorSystem<Void> system =
      KrakenStub.actorSystem(
          "pekko.loglevel = ERROR\n" + "pekko.http.host-connection-pool.max-connections = 1");

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

  private static final String EMPTY = "{\"data\": {\"flexPlannedDispatches\": []}}";

  // Stubs outlive each test, so an answer still in flight from an earlier test finds its stub.
  @RegisterExtension
  static final WireMockExtension kraken =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1))
          .resetOnEachTest(false)
          .build();

  @BeforeAll
  static void answerSilentlyOrPromptly() {
    answerDevice("silent", okJson(EMPTY).withFixedDelay(3000));
    answerDevice("prompt", okJson(EMPTY));
  }

  @AfterAll
  static void shutDown() {
    KrakenStub.shutDown(system);
  }

  private static void answerDevice(String deviceId, ResponseDefinitionBuilder response) {
    kraken.stubFor(
        post(PATH)
            .withRequestBody(matchingJsonPath("$.variables.deviceId", equalTo(deviceId)))
            .willReturn(response));
  }

  @Test
  void a_call_that_never_gets_headers_frees_its_connection_for_the_next_call() {
    HttpOctopusClient client = KrakenStub.client(system, kraken.getPort(), REQUEST_TIMEOUT);
    KrakenToken token = KrakenStub.token("token-for-tests");

    assertThat(failureOf(client.plannedDispatches(token, "silent")))
        .isExactlyInstanceOf(TransientException.class);

    assertThat(resultOf(client.plannedDispatches(token, "prompt"))).isEmpty();
  }
}
