package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.Http;

/** What the client tests share: a local Kraken stand-in, a fixed clock, fixtures and helpers. */
final class KrakenStub {

  static final String PATH = "/v1/graphql/";
  static final String VERSION = "1.2.3-test";
  static final Instant NOW = Instant.parse("2026-03-10T13:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Generous, so a cold JVM's first call passes; timeout tests pass their own short one. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private KrakenStub() {}

  static WireMockExtension wireMock() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1))
        .build();
  }

  static ActorSystem<Void> actorSystem(String extraConfig) {
    return ActorSystem.create(
        Behaviors.empty(),
        "test",
        ConfigFactory.parseString(extraConfig)
            .withFallback(ConfigFactory.parseString("pekko.loglevel = WARNING"))
            .withFallback(ConfigFactory.load()));
  }

  /** Closes the pools first, so stopping the system is not reported as a pool crash. */
  static void shutDown(ActorSystem<?> system) {
    resultOf(Http.get(system).shutdownAllConnectionPools());
    system.terminate();
    resultOf(system.getWhenTerminated());
  }

  static HttpOctopusClient client(ActorSystem<?> system, int port) {
    return client(system, port, REQUEST_TIMEOUT);
  }

  static HttpOctopusClient client(ActorSystem<?> system, int port, Duration requestTimeout) {
    return client(system, port, requestTimeout, CLOCK);
  }

  static HttpOctopusClient client(
      ActorSystem<?> system, int port, Duration requestTimeout, Clock clock) {
    OctopusClientSettings settings =
        new OctopusClientSettings(
            URI.create("http://127.0.0.1:" + port + PATH),
            Duration.ofSeconds(1),
            requestTimeout,
            VERSION);
    return new HttpOctopusClient(system, settings, clock);
  }

  static KrakenToken token(String value) {
    return new KrakenToken(value, NOW.plusSeconds(3600), Optional.empty());
  }

  /** A loopback port the OS just handed out and nobody listens on any more. */
  static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real payload from {@code src/test/resources/fixtures/octopus/}. */
  static String fixture(String name) {
    return read(Path.of("src/test/resources/fixtures/octopus", name));
  }

  /** An illustrative payload of ours from {@code src/test/resources/octopus/}. */
  static String resource(String name) {
    return read(Path.of("src/test/resources/octopus", name));
  }

  /** A structurally valid JWT (unsigned) whose body is {@code bodyJson}. */
  static String jwt(String bodyJson) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(bodyJson.getBytes(StandardCharsets.UTF_8))
        + ".c2lnbmF0dXJl";
  }

  static <T> T resultOf(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the call failed: " + e, e);
    }
  }

  /** The exact failure the stage completed with, so a wrapped one would not pass as the type. */
  static Throwable failureOf(CompletionStage<?> stage) {
    return resultOf(stage.handle((value, failure) -> Optional.ofNullable(failure)))
        .orElseThrow(() -> new AssertionError("expected the call to fail"));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
