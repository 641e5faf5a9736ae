package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.failure;
import static dev.alphaoctopus.alpha.AlphaTestSupport.fixture;
import static dev.alphaoctopus.alpha.AlphaTestSupport.ownPayload;
import static dev.alphaoctopus.alpha.AlphaTestSupport.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One pooled connection, so an answer left unread after a timeout would block everything. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LateAnswerTest {

  private static final ActorSystem<Void> SYSTEM =
      ActorSystem.create(
          Behaviors.empty(),
          "late-answer",
          ConfigFactory.parseString(
                  "pekko.loglevel=WARNING\npekko.http.host-connection-pool.max-connections=1")
              .withFallback(ConfigFactory.load()));

  @RegisterExtension static WireMockExtension api = AlphaTestSupport.wireMock();

  @AfterAll
  static void stop() {
    SYSTEM.terminate();
    SYSTEM.getWhenTerminated().toCompletableFuture().join();
  }

  @Test
  void an_answer_arriving_after_the_timeout_is_read_and_its_connection_freed() {
    api.stubFor(
        get(urlPathEqualTo("/api/getDisChargeConfigInfo"))
            .willReturn(
                okJson(fixture("getDisChargeConfigInfo.response.json")).withFixedDelay(600)));
    api.stubFor(get("/api/getEssList").willReturn(okJson(ownPayload("getEssList.response.json"))));

    AlphaApiException timedOut =
        failure(
            AlphaTestSupport.client(SYSTEM, api.getPort(), Duration.ofMillis(300))
                .getDisChargeConfigInfo(SN));
    // Queued behind the late answer on the only connection.
    result(AlphaTestSupport.client(SYSTEM, api.getPort(), Duration.ofSeconds(3)).getEssList());

    assertThat(timedOut).isInstanceOf(AlphaApiException.Transient.class);
    assertThat(Http.get(SYSTEM).shutdownAllConnectionPools()).succeedsWithin(Duration.ofSeconds(3));
  }
}
