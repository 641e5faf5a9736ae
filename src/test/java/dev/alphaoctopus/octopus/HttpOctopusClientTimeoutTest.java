package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.alphaoctopus.octopus.KrakenStub.PATH;
import static dev.alphaoctopus.octopus.KrakenStub.failureOf;
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
class HttpOctopusClientTimeoutTest {

  // The answers a test gave up on are still in flight when the system stops; Pekko's warning
  // that it dropped them is expected here.
  private static final ActorSystem<Void> system = KrakenStub.actorSystem("pekko.loglevel = ERROR");

  private static final String EMPTY = "{\"data\": {\"flexPlannedDispatches\": []}}";

  // Stubs outlive each test, so an answer still in flight from an earlier test finds its stub.
  @RegisterExtension
  static final WireMockExtension kraken =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1))
          .resetOnEachTest(false)
          .build();

  @BeforeAll
  static void answerPerDevice() {
    answerDevice("slow", okJson(EMPTY).withFixedDelay(1000));
    answerDevice("dribbling", okJson(EMPTY).withChunkedDribbleDelay(5, 1000));
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
  void no_answer_within_the_request_timeout_is_transient() {
    Throwable failure =
        failureOf(clientWithTimeout(Duration.ofMillis(300)).plannedDispatches(token(), "slow"));

    assertThat(failure).isExactlyInstanceOf(TransientException.class);
    assertThat(((OctopusException) failure).code()).isEqualTo("TIMEOUT");
  }

  @Test
  void a_body_still_arriving_at_the_request_timeout_is_transient() {
    Throwable failure =
        failureOf(
            clientWithTimeout(Duration.ofMillis(300)).plannedDispatches(token(), "dribbling"));

    assertThat(failure).isExactlyInstanceOf(TransientException.class);
    assertThat(((OctopusException) failure).code()).isEqualTo("TIMEOUT");
  }
}
