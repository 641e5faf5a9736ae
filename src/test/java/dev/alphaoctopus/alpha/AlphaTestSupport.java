package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.Http;

/** The portal's worked example credentials, WireMock on 127.0.0.1 and fixture loading. */
final class AlphaTestSupport {

  static final String APP_ID = "alphaef7900ee81dbbce9";
  static final String APP_SECRET = "c2d2ef6c047c49678e2c332fb2d74c3c";
  static final long TIME_STAMP = 1676353875L;
  static final String SIGN =
      "0f023c2287b8f6b21b0994947465f8e9de0e1542567b1735bdc6c427336b9b6406285cd94f9215c3e9af958df37fb11c2c9fe792713d8afbdb8c463359a1add8";
  static final String SN = "AL2002321010043";
  static final Duration WAIT = Duration.ofSeconds(5);

  private AlphaTestSupport() {}

  static ActorSystem<Void> actorSystem() {
    return ActorSystem.create(
        Behaviors.empty(),
        "test",
        ConfigFactory.parseString("pekko.loglevel=WARNING").withFallback(ConfigFactory.load()));
  }

  /** Pools first, or Pekko reports them as shut down unexpectedly. */
  static void stop(ActorSystem<Void> system) {
    Http.get(system).shutdownAllConnectionPools().toCompletableFuture().join();
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().join();
  }

  /** A discharge config any write test can send: time control off, both slots unused. */
  static final DischargeConfig NO_TIME_CONTROL =
      new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 10);

  static WireMockExtension wireMock() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1))
        .build();
  }

  /** Also serves HTTPS, with a certificate the client does not trust. */
  static WireMockExtension wireMockWithHttps() {
    return WireMockExtension.newInstance()
        .options(
            wireMockConfig()
                .dynamicPort()
                .dynamicHttpsPort()
                .bindAddress("127.0.0.1")
                .jettyAcceptors(1))
        .build();
  }

  static String envelope(String data) {
    return "{\"code\":200,\"msg\":\"Success\",\"expMsg\":null,\"extra\":null,\"data\":"
        + data
        + "}";
  }

  /**
   * The read answer of a device holding what {@code postedBody} wrote: the body without {@code
   * sysSn}, and for the periodic store both flags as 0, as the device reports them (reference
   * §3.4).
   */
  static String readBackOf(String postedBody) {
    try {
      ObjectNode data = (ObjectNode) new ObjectMapper().readTree(postedBody);
      data.remove("sysSn");
      if (data.has("ctrDisCycle")) {
        data.put("ctrDisCycle", 0).put("gridChargeCycle", 0);
      }
      return envelope(data.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Clock workedExampleClock() {
    return Clock.fixed(Instant.ofEpochSecond(TIME_STAMP), ZoneOffset.UTC);
  }

  static HttpAlphaClient client(ActorSystem<Void> system, int port, Duration requestTimeout) {
    return new HttpAlphaClient(
        system,
        "http://127.0.0.1:" + port + "/api",
        APP_ID,
        AppSecret.of(APP_SECRET),
        Duration.ofMillis(500),
        requestTimeout,
        workedExampleClock());
  }

  static String fixture(String name) {
    return read(Path.of("src/test/resources/fixtures/alpha/" + name));
  }

  static String ownPayload(String name) {
    try (var in = AlphaTestSupport.class.getResourceAsStream("/alpha/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T result(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("the stage did not succeed", e);
    }
  }

  static AlphaApiException failure(CompletionStage<?> stage) {
    Throwable cause = failureCause(stage);
    assertThat(cause).isInstanceOf(AlphaApiException.class);
    return (AlphaApiException) cause;
  }

  static Throwable failureCause(CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError("the stage did not fail in time", e);
    }
    throw new AssertionError("the stage succeeded");
  }
}
