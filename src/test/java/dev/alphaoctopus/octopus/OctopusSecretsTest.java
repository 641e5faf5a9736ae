package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.alphaoctopus.octopus.KrakenStub.NOW;
import static dev.alphaoctopus.octopus.KrakenStub.PATH;
import static dev.alphaoctopus.octopus.KrakenStub.failureOf;
import static dev.alphaoctopus.octopus.KrakenStub.resultOf;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Runs every call, good and bad, and looks for the secrets in everything a person could read. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OctopusSecretsTest {

  private static final String API_KEY = "sk_live_SECRETAPIKEY0123456789";
  private static final String TOKEN = KrakenStub.jwt("{\"sub\": \"kraken|secret\", \"exp\": 1}");
  private static final String REFRESH = "refresh-SECRET-0123456789";
  private static final List<String> SECRETS = List.of(API_KEY, TOKEN, REFRESH);

  // Pekko logs through SLF4J at DEBUG here, so its HTTP client is inspected along with ours.
  private static final ActorSystem<Void> system =
      KrakenStub.actorSystem(
          "pekko.loglevel = DEBUG\n"
              + "pekko.loggers = [\"org.apache.pekko.event.slf4j.Slf4jLogger\"]\n"
              + "pekko.logging-filter = \"org.apache.pekko.event.slf4j.Slf4jLoggingFilter\"");

  private static final List<String> INSPECTED_LOGGERS =
      List.of("dev.alphaoctopus", "org.apache.pekko");

  @RegisterExtension static final WireMockExtension kraken = KrakenStub.wireMock();

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final List<Level> previousLevels = new ArrayList<>();

  @BeforeEach
  void captureLogs() {
    logs.start();
    for (String name : INSPECTED_LOGGERS) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      previousLevels.add(logger.getLevel());
      logger.setLevel(Level.DEBUG);
      logger.addAppender(logs);
    }
  }

  @AfterEach
  void releaseLogs() {
    for (int i = 0; i < INSPECTED_LOGGERS.size(); i++) {
      Logger logger = (Logger) LoggerFactory.getLogger(INSPECTED_LOGGERS.get(i));
      logger.detachAppender(logs);
      logger.setLevel(previousLevels.get(i));
    }
  }

  @AfterAll
  static void shutDown() {
    KrakenStub.shutDown(system);
  }

  @Test
  void value_types_never_show_a_secret() {
    RefreshToken refresh = new RefreshToken(REFRESH, NOW);
    KrakenToken token = new KrakenToken(TOKEN, NOW, Optional.of(refresh));

    assertThat(List.of(new ApiKey(API_KEY).toString(), refresh.toString(), token.toString()))
        .allSatisfy(OctopusSecretsTest::assertNoSecret);
  }

  @Test
  void no_log_line_exception_or_result_of_any_call_shows_a_secret() {
    HttpOctopusClient client = KrakenStub.client(system, kraken.getPort());
    KrakenToken token = new KrakenToken(TOKEN, NOW.plusSeconds(600), Optional.empty());
    List<Object> outcomes = new ArrayList<>();

    answer(
        "APIKey",
        API_KEY,
        okJson(
            "{\"data\": {\"obtainKrakenToken\": {\"token\": \""
                + TOKEN
                + "\", \"refreshToken\": \""
                + REFRESH
                + "\", \"refreshExpiresIn\": 1773752400, \"payload\": {\"exp\": 1773151200}}}}"));
    outcomes.add(resultOf(client.obtainToken(new ApiKey(API_KEY))));

    answer("APIKey", API_KEY, okJson(echoingError("KT-CT-1139", "Unknown key " + API_KEY)));
    outcomes.add(failureOf(client.obtainToken(new ApiKey(API_KEY))));

    answer("APIKey", API_KEY, okJson("{\"data\": {\"obtainKrakenToken\": {\"token\": \"" + TOKEN));
    outcomes.add(failureOf(client.obtainToken(new ApiKey(API_KEY))));

    answer("refreshToken", REFRESH, okJson(echoingError("KT-CT-1135", "Bad token " + REFRESH)));
    outcomes.add(failureOf(client.refreshToken(new RefreshToken(REFRESH, NOW.plusSeconds(60)))));

    kraken.stubFor(post(PATH).willReturn(okJson(echoingError("KT-CT-1111", "Expired " + TOKEN))));
    outcomes.add(failureOf(client.plannedDispatches(token, "device")));

    kraken.stubFor(post(PATH).willReturn(aResponse().withStatus(401).withBody(TOKEN)));
    outcomes.add(failureOf(client.liveElectricVehicles(token, "A-1A2B3C4D")));

    outcomes.add(
        failureOf(
            KrakenStub.client(system, KrakenStub.closedPort()).plannedDispatches(token, "device")));

    assertThat(outcomes).hasSize(7).allSatisfy(outcome -> assertNoSecret(readable(outcome)));
    List<ILoggingEvent> logged = loggedSoFar();
    assertThat(logged).anySatisfy(event -> assertThat(event.getLoggerName()).contains("octopus"));
    assertThat(logged).allSatisfy(event -> assertNoSecret(readable(event)));
  }

  /** Pekko may still be logging from its own threads; the appender appends under its lock. */
  private List<ILoggingEvent> loggedSoFar() {
    synchronized (logs) {
      return List.copyOf(logs.list);
    }
  }

  private void answer(String credentialField, String credential, ResponseDefinitionBuilder answer) {
    kraken.stubFor(
        post(PATH)
            .withRequestBody(
                matchingJsonPath("$.variables.input." + credentialField, equalTo(credential)))
            .willReturn(answer));
  }

  private static String echoingError(String code, String message) {
    return "{\"errors\": [{\"message\": \"Invalid.\", \"extensions\": {\"errorCode\": \""
        + code
        + "\", \"errorDescription\": \""
        + message
        + "\"}}]}";
  }

  /** Everything a log line, exception or result shows: text, key-values, causes, stack text. */
  private static String readable(Object outcome) {
    StringBuilder text = new StringBuilder(String.valueOf(outcome));
    if (outcome instanceof Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        text.append('\n').append(t).append('\n').append(t.getMessage());
      }
    }
    if (outcome instanceof ILoggingEvent event) {
      text.append('\n').append(event.getFormattedMessage());
      text.append('\n').append(event.getKeyValuePairs());
      text.append('\n').append(event.getMDCPropertyMap());
      for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
        text.append('\n').append(thrown.getClassName()).append(": ").append(thrown.getMessage());
      }
    }
    return text.toString();
  }

  private static void assertNoSecret(String text) {
    for (String secret : SECRETS) {
      assertThat(text).doesNotContain(secret);
    }
  }
}
