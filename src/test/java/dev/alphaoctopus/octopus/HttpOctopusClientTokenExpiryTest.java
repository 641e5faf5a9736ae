package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.alphaoctopus.octopus.KrakenStub.NOW;
import static dev.alphaoctopus.octopus.KrakenStub.PATH;
import static dev.alphaoctopus.octopus.KrakenStub.jwt;
import static dev.alphaoctopus.octopus.KrakenStub.resultOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which token expiry the client believes, and from when it counts when it believes none. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpOctopusClientTokenExpiryTest {

  private static final ActorSystem<Void> system = KrakenStub.actorSystem("");

  /** 2026-03-10T13:55:00Z: 55 minutes after {@link KrakenStub#NOW}, a believable expiry. */
  private static final long JWT_EXP = 1773150900L;

  private static final Duration ANSWER_TAKES = Duration.ofMinutes(30);

  private final AdvancingClock clock = new AdvancingClock(NOW);

  // Moves the clock while the stub answers, so "before sending" and "on arrival" differ.
  @RegisterExtension
  final WireMockExtension kraken =
      WireMockExtension.newInstance()
          .options(
              wireMockConfig()
                  .dynamicPort()
                  .bindAddress("127.0.0.1")
                  .jettyAcceptors(1)
                  .extensions(
                      new ServeEventListener() {
                        @Override
                        public void beforeResponseSent(ServeEvent event, Parameters parameters) {
                          clock.advance(ANSWER_TAKES);
                        }

                        @Override
                        public String getName() {
                          return "answer-takes-30-minutes";
                        }
                      }))
          .build();

  @AfterAll
  static void shutDown() {
    KrakenStub.shutDown(system);
  }

  private Instant expiryAnswering(String fieldsJson) {
    kraken.stubFor(
        post(PATH).willReturn(okJson("{\"data\":{\"obtainKrakenToken\":{" + fieldsJson + "}}}")));
    HttpOctopusClient client =
        KrakenStub.client(system, kraken.getPort(), KrakenStub.REQUEST_TIMEOUT, clock);
    return resultOf(client.obtainToken(new ApiKey("sk_live_example"))).expiresAt();
  }

  @ParameterizedTest(name = "payload exp {0} ({1})")
  @CsvSource({
    "1773150000000, in milliseconds",
    "1773147540, a minute before issue",
    "1773147600, at issue",
    "1773154860, a minute past two hours after issue",
    "9223372036854775807, beyond any instant"
  })
  void an_unbelievable_payload_expiry_gives_way_to_the_jwt_one(long exp, String what) {
    String token = jwt("{\"exp\": " + JWT_EXP + "}");

    Instant expiry =
        expiryAnswering("\"token\": \"" + token + "\", \"payload\": {\"exp\": " + exp + "}");

    assertThat(expiry).isEqualTo(Instant.ofEpochSecond(JWT_EXP));
  }

  @ParameterizedTest(name = "jwt exp {0} ({1})")
  @CsvSource({
    "1773150900000, in milliseconds",
    "1773147540, a minute before issue",
    "9223372036854775807, beyond any instant"
  })
  void an_unbelievable_jwt_expiry_gives_way_to_the_assumed_lifetime(long exp, String what) {
    Instant expiry = expiryAnswering("\"token\": \"" + jwt("{\"exp\": " + exp + "}") + "\"");

    assertThat(expiry).isEqualTo(NOW.plus(KrakenTokens.ASSUMED_LIFETIME));
  }

  @Test
  void an_expiry_exactly_two_hours_after_issue_is_believed() {
    Instant expiry = expiryAnswering("\"token\": \"t\", \"payload\": {\"exp\": 1773154800}");

    assertThat(expiry).isEqualTo(NOW.plus(Duration.ofHours(2)));
  }

  @Test
  void the_assumed_lifetime_counts_from_sending_not_from_a_slow_answer() {
    Instant expiry = expiryAnswering("\"token\": \"not-a-jwt\"");

    assertThat(clock.instant()).isEqualTo(NOW.plus(ANSWER_TAKES));
    assertThat(expiry).isEqualTo(NOW.plus(Duration.ofMinutes(55)));
  }

  @Test
  void believability_is_judged_from_sending_not_from_a_slow_answer() {
    // 20 minutes after sending, so 10 minutes before the answer arrived: still believed.
    Instant expiry = expiryAnswering("\"token\": \"t\", \"payload\": {\"exp\": 1773148800}");

    assertThat(expiry).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
  }
}
