package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.alphaoctopus.alpha.AlphaTestSupport.APP_ID;
import static dev.alphaoctopus.alpha.AlphaTestSupport.APP_SECRET;
import static dev.alphaoctopus.alpha.AlphaTestSupport.NO_TIME_CONTROL;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.failure;
import static dev.alphaoctopus.alpha.AlphaTestSupport.fixture;
import static dev.alphaoctopus.alpha.AlphaTestSupport.ownPayload;
import static dev.alphaoctopus.alpha.AlphaTestSupport.workedExampleClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timeouts, I/O and TLS failures are transient: the same call may succeed later. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TransportFailureTest {

  private static final ActorSystem<Void> SYSTEM = AlphaTestSupport.actorSystem();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

  @RegisterExtension static WireMockExtension api = AlphaTestSupport.wireMockWithHttps();

  private HttpAlphaClient client;

  @BeforeEach
  void connect() {
    client = AlphaTestSupport.client(SYSTEM, api.getPort(), REQUEST_TIMEOUT);
  }

  @AfterAll
  static void stop() {
    AlphaTestSupport.stop(SYSTEM);
  }

  @Test
  void a_slow_answer_times_out_as_transient_well_before_it_arrives() {
    api.stubFor(
        get(urlPathEqualTo("/api/getDisChargeConfigInfo"))
            .willReturn(
                okJson(fixture("getDisChargeConfigInfo.response.json")).withFixedDelay(1000)));

    HttpAlphaClient impatient =
        AlphaTestSupport.client(SYSTEM, api.getPort(), Duration.ofMillis(300));

    long started = System.nanoTime();
    AlphaApiException error = failure(impatient.getDisChargeConfigInfo(SN));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
    assertThat(error).isInstanceOf(AlphaApiException.Transient.class);
    assertThat(error.getMessage()).contains("300 ms");
  }

  @Test
  void a_dropped_connection_is_transient() {
    api.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    AlphaApiException error = failure(client.getDisChargeConfigInfo(SN));

    assertThat(error).isInstanceOf(AlphaApiException.Transient.class);
    assertThat(error.code()).isEqualTo(AlphaApiException.NO_CODE);
  }

  @Test
  void a_refused_connection_is_transient() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    AlphaApiException error =
        failure(AlphaTestSupport.client(SYSTEM, closedPort, Duration.ofMillis(300)).getEssList());

    assertThat(error).isInstanceOf(AlphaApiException.Transient.class);
  }

  @Test
  void a_certificate_the_client_does_not_trust_is_transient() {
    api.stubFor(
        post("/api/updateDisChargeConfigInfo")
            .willReturn(okJson(ownPayload("write.success.response.json"))));
    HttpAlphaClient overTls =
        new HttpAlphaClient(
            SYSTEM,
            "https://127.0.0.1:" + api.getHttpsPort() + "/api",
            APP_ID,
            AppSecret.of(APP_SECRET),
            Duration.ofMillis(500),
            REQUEST_TIMEOUT,
            workedExampleClock());

    AlphaApiException error = failure(overTls.updateDisChargeConfigInfo(SN, NO_TIME_CONTROL));

    assertThat(error).isInstanceOf(AlphaApiException.Transient.class);
    assertThat(error.getMessage()).contains("the request failed");
    assertThat(api.getAllServeEvents()).isEmpty();
  }
}
