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

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpOctopusClientDrainTest {

  // One connection, and Pekko's own clean-up of undrained responses pushed far past the test:
  // a late answer whose body the client forgot to drain would block every later call.
  private static final ActorSystem<Void> system =
      KrakenStub.actorSystem(
          "pekko.http.host-connection-pool.max-connections = 1\n"
              + "pekko.http.host-connection-pool.response-entity-subscription-timeout = 30s");

  private static final String EMPTY = "{\"data\": {\"flexPlannedDispatches\": []}}";

  // Stubs outlive each test, so an answer still in flight from an earlier test finds its stub.
  @RegisterExtension
  static final WireMockExtension kraken =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1))
          .resetOnEachTest(false)
          .build();

  @BeforeAll
  static void answerLateThenPromptly() {
    answerDevice("late", okJson(EMPTY).withFixedDelay(1000));
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

  private static KrakenToken token() {
    return KrakenStub.token("token-for-tests");
  }

  private HttpOctopusClient clientWithTimeout(Duration timeout) {
    return KrakenStub.client(system, kraken.getPort(), timeout);
  }

  @Test
  void a_late_answer_is_still_drained_so_its_connection_serves_the_next_call() {
    failureOf(clientWithTimeout(Duration.ofMillis(300)).plannedDispatches(token(), "late"));

    assertThat(
            resultOf(clientWithTimeout(Duration.ofSeconds(4)).plannedDispatches(token(), "prompt")))
        .isEmpty();
  }
}
