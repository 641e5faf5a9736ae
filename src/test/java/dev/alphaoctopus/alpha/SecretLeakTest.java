package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.alphaoctopus.alpha.AlphaTestSupport.APP_SECRET;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SIGN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.failureCause;
import static dev.alphaoctopus.alpha.AlphaTestSupport.fixture;
import static dev.alphaoctopus.alpha.AlphaTestSupport.ownPayload;
import static dev.alphaoctopus.alpha.AlphaTestSupport.result;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecretLeakTest {

  private static final ActorSystem<Void> SYSTEM = AlphaTestSupport.actorSystem();
  private static final List<String> CAPTURED_LOGGERS =
      List.of("dev.alphaoctopus", "org.apache.pekko");

  @RegisterExtension static WireMockExtension api = AlphaTestSupport.wireMock();

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeEach
  void captureDebugLogsQuietly() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    logs.setContext(context);
    logs.start();
    for (String name : CAPTURED_LOGGERS) {
      Logger logger = context.getLogger(name);
      logger.setLevel(Level.DEBUG);
      logger.setAdditive(false);
      logger.addAppender(logs);
    }
  }

  @AfterEach
  void restoreLogging() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    for (String name : CAPTURED_LOGGERS) {
      Logger logger = context.getLogger(name);
      logger.detachAppender(logs);
      logger.setAdditive(true);
      logger.setLevel(null);
    }
  }

  @AfterAll
  static void stop() {
    AlphaTestSupport.stop(SYSTEM);
  }

  @Test
  void no_log_line_error_or_description_contains_the_secret_or_a_signature() {
    HttpAlphaClient client = AlphaTestSupport.client(SYSTEM, api.getPort(), Duration.ofSeconds(3));
    List<String> texts = new ArrayList<>();

    api.stubFor(get("/api/getEssList").willReturn(okJson(ownPayload("getEssList.response.json"))));
    api.stubFor(
        get(urlPathEqualTo("/api/getLastPowerData"))
            .willReturn(okJson(fixture("getLastPowerData.response.json"))));
    api.stubFor(
        post("/api/updateDisChargeConfigInfo")
            .willReturn(okJson(ownPayload("write.success.response.json"))));
    DischargeConfig config = new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 10);
    texts.add(result(client.getEssList()).toString());
    texts.add(result(client.getLastPowerData(SN)).toString());
    result(client.updateDisChargeConfigInfo(SN, config));

    api.stubFor(
        get(urlPathEqualTo("/api/getDisChargeConfigInfo"))
            .willReturn(okJson("{\"code\":6007,\"msg\":\"Sign check error\",\"data\":null}")));
    api.stubFor(
        get(urlPathEqualTo("/api/getChargeConfigInfo"))
            .willReturn(
                aResponse().withStatus(405).withBody(ownPayload("http-405.response.json"))));
    api.stubFor(get(urlPathEqualTo("/api/getTimeChargeBySn")).willReturn(okJson("{\"code\":200,")));
    texts.add(describe(failureCause(client.getDisChargeConfigInfo(SN))));
    texts.add(describe(failureCause(client.getChargeConfigInfo(SN))));
    texts.add(describe(failureCause(client.getTimeChargeBySn(SN))));
    api.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(1000)));
    texts.add(
        describe(
            failureCause(
                AlphaTestSupport.client(SYSTEM, api.getPort(), Duration.ofMillis(300))
                    .getLastPowerData(SN))));

    RequestSigner signer =
        new RequestSigner(
            AlphaTestSupport.APP_ID,
            AppSecret.of(APP_SECRET),
            AlphaTestSupport.workedExampleClock());
    texts.add(client.toString());
    texts.add(signer.toString());
    texts.add(signer.sign().toString());
    texts.add(AppSecret.of(APP_SECRET).toString());
    texts.add(config.toString());
    List<ILoggingEvent> events = capturedEvents();
    for (ILoggingEvent event : events) {
      texts.add(event.getFormattedMessage());
      texts.add(String.valueOf(event.getKeyValuePairs()));
      if (event.getThrowableProxy() != null) {
        texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }

    assertThat(api.getAllServeEvents())
        .allSatisfy(served -> assertThat(served.getRequest().getHeader("sign")).isEqualTo(SIGN));
    assertThat(events)
        .extracting(ILoggingEvent::getFormattedMessage)
        .contains("Alpha API answered");
    assertThat(texts).hasSizeGreaterThan(10).noneMatch(text -> text.contains(APP_SECRET));
    assertThat(texts).noneMatch(text -> text.contains(SIGN));
  }

  /** Message, toString and the whole cause chain, as a log would print them. */
  private static String describe(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return error.getMessage() + "\n" + error + "\n" + trace;
  }

  /** A copy taken under the appender's lock: Pekko threads may still be logging. */
  private List<ILoggingEvent> capturedEvents() {
    synchronized (logs) {
      return new ArrayList<>(logs.list);
    }
  }
}
