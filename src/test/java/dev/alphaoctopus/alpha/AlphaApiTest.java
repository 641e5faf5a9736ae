package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.failure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A test class's own actor system and WireMock API, and a fresh client for each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class AlphaApiTest {

  final ActorSystem<Void> system = AlphaTestSupport.actorSystem();

  @RegisterExtension final WireMockExtension api = AlphaTestSupport.wireMock();

  HttpAlphaClient client;

  @BeforeEach
  void connect() {
    client = AlphaTestSupport.client(system, api.getPort(), Duration.ofSeconds(3));
  }

  @AfterAll
  void stop() {
    AlphaTestSupport.stop(system);
  }

  /** The error a discharge-config read ends with when the API answers {@code body}. */
  AlphaApiException readFailure(String body) {
    api.stubFor(get(urlPathEqualTo("/api/getDisChargeConfigInfo")).willReturn(okJson(body)));
    return failure(client.getDisChargeConfigInfo(SN));
  }
}
