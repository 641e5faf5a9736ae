package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.failure;
import static dev.alphaoctopus.alpha.AlphaTestSupport.fixture;
import static dev.alphaoctopus.alpha.AlphaTestSupport.ownPayload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpAlphaClientErrorsTest {

  private static final Logger LOG = LoggerFactory.getLogger(HttpAlphaClientErrorsTest.class);
  private static final ActorSystem<Void> SYSTEM = AlphaTestSupport.actorSystem();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(
              wireMockConfig()
                  .dynamicPort()
                  .dynamicHttpsPort()
                  .bindAddress("127.0.0.1")
                  .jettyAcceptors(1))
          .build();

  private HttpAlphaClient client;

  @BeforeEach
  void connect() {
    LOG.debug("client for port {}", api.getPort());
    client = AlphaTestSupport.client(SYSTEM, api.getPort(), REQUEST_TIMEOUT);
  }

  @AfterAll
  static void stop() {
    AlphaTestSupport.stop(SYSTEM);
  }

  private AlphaApiException readFailure(String body) {
    api.stubFor(get(urlPathEqualTo("/api/getDisChargeConfigInfo")).willReturn(okJson(body)));
    return failure(client.getDisChargeConfigInfo(SN));
  }

  /** Reference §5, one row per code: code, case, whether retrying the same call can help. */
  @ParameterizedTest(name = "code {0} is {1}")
  @CsvSource({
    "6001, RejectedRequest, false",
    "6002, Configuration, false",
    "6003, RejectedRequest, false",
    "6004, RejectedRequest, false",
    "6005, Configuration, false",
    "6006, ClockOrAllowList, false",
    "6007, BadCredentials, false",
    "6008, RejectedRequest, false",
    "6009, ClockOrAllowList, false",
    "6010, BadCredentials, false",
    "6011, BadCredentials, false",
    "6012, BadCredentials, false",
    "6016, RejectedRequest, false",
    "6017, NotEntitled, false",
    "6026, Transient, true",
    "6029, Transient, true",
    "6038, Configuration, false",
    "6042, Transient, true",
    "6046, RejectedRequest, false",
    "6053, TooFast, true",
    "10001, RejectedRequest, false",
    "201, RejectedRequest, false",
  })
  void an_envelope_code_maps_to_its_case(int code, String kind, boolean retryable) {
    AlphaApiException error =
        readFailure(
            "{\"code\":" + code + ",\"msg\":\"m" + code + "\",\"expMsg\":null,\"data\":null}");

    assertThat(error.getClass().getSimpleName()).isEqualTo(kind);
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.apiMessage()).isEqualTo("m" + code);
    assertThat(error.operation()).isEqualTo("getDisChargeConfigInfo");
    assertThat(error.retryable()).isEqualTo(retryable);
    assertThat(error.getMessage()).contains("getDisChargeConfigInfo", "code " + code, "m" + code);
  }

  @ParameterizedTest(name = "HTTP {0} is {1}")
  @CsvSource({
    "404, ClientBug",
    "405, ClientBug",
    "400, ClientBug",
    "429, TooFast",
    "500, Transient",
    "502, Transient",
    "503, Transient",
    "302, MalformedResponse",
  })
  void an_http_status_other_than_200_maps_to_its_case(int status, String kind) {
    api.stubFor(
        get(urlPathEqualTo("/api/getDisChargeConfigInfo"))
            .willReturn(aResponse().withStatus(status).withBody("<html>nope</html>")));

    AlphaApiException error = failure(client.getDisChargeConfigInfo(SN));

    assertThat(error.getClass().getSimpleName()).isEqualTo(kind);
    assertThat(error.code()).isEqualTo(status);
  }

  @Test
  void the_spring_405_body_of_a_wrong_verb_is_a_client_bug() {
    api.stubFor(
        post("/api/updateDisChargeConfigInfo")
            .willReturn(
                aResponse()
                    .withStatus(405)
                    .withHeader("Content-Type", "application/json")
                    .withBody(ownPayload("http-405.response.json"))));

    AlphaApiException error =
        failure(
            client.updateDisChargeConfigInfo(
                SN, new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 10)));

    assertThat(error).isInstanceOf(AlphaApiException.ClientBug.class);
    assertThat(error.code()).isEqualTo(405);
  }

  @Test
  void the_real_6053_payload_says_too_fast() {
    AlphaApiException error = readFailure(fixture("error-6053.response.json"));

    assertThat(error).isInstanceOf(AlphaApiException.TooFast.class);
    assertThat(error.code()).isEqualTo(6053);
    assertThat(error.apiMessage()).isEqualTo("The maximum number of requests has been reached");
    assertThat(error.expMsg()).isEmpty();
  }

  @Test
  void a_rejected_write_carries_the_expmsg_naming_the_fault() {
    api.stubFor(
        post("/api/setTimeChargeBySn").willReturn(okJson(ownPayload("error-6001.response.json"))));
    PeriodicSchedule schedule =
        new PeriodicSchedule(
            PeriodicSchedule.DAILY,
            List.of(PeriodicScheduleTest.period("01:00", "05:00")),
            List.of(PeriodicScheduleTest.period("17:00", "21:00")),
            1);

    AlphaApiException error = failure(client.setTimeChargeBySn(SN, schedule));

    assertThat(error).isInstanceOf(AlphaApiException.RejectedRequest.class);
    assertThat(error.code()).isEqualTo(6001);
    assertThat(error.expMsg()).contains("time list is null");
    assertThat(error.getMessage()).contains("time list is null");
  }

  @Test
  void the_message_may_arrive_as_info_instead_of_msg() {
    AlphaApiException error =
        readFailure("{\"code\":6017,\"info\":\"No operation permissions\",\"data\":null}");

    assertThat(error).isInstanceOf(AlphaApiException.NotEntitled.class);
    assertThat(error.apiMessage()).isEqualTo("No operation permissions");
  }

  @Test
  void a_truncated_body_is_malformed() {
    String fixture = fixture("getDisChargeConfigInfo.response.json");

    AlphaApiException error = readFailure(fixture.substring(0, fixture.length() / 2));

    assertThat(error).isInstanceOf(AlphaApiException.MalformedResponse.class);
    assertThat(error.field()).contains("body");
    assertThat(error.retryable()).isFalse();
  }

  @Test
  void trailing_junk_after_the_envelope_is_malformed() {
    String fixture = fixture("getDisChargeConfigInfo.response.json");

    assertThat(readFailure(fixture + " }")).isInstanceOf(AlphaApiException.MalformedResponse.class);
  }

  @Test
  void a_failure_reaches_the_caller_unwrapped() {
    api.stubFor(
        get(urlPathEqualTo("/api/getDisChargeConfigInfo"))
            .willReturn(okJson(envelope(dischargeData("null", "\"21:00\"")))));

    Throwable seen =
        AlphaTestSupport.result(client.getDisChargeConfigInfo(SN).handle((config, error) -> error));

    assertThat(seen).isInstanceOf(AlphaApiException.MalformedResponse.class);
  }

  @Test
  void an_html_page_with_status_200_is_malformed() {
    api.stubFor(
        get(urlPathEqualTo("/api/getDisChargeConfigInfo"))
            .willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));

    assertThat(failure(client.getDisChargeConfigInfo(SN)))
        .isInstanceOf(AlphaApiException.MalformedResponse.class);
  }

  @Test
  void a_body_that_is_not_an_object_is_malformed() {
    assertThat(readFailure("[1, 2]")).isInstanceOf(AlphaApiException.MalformedResponse.class);
  }

  @Test
  void an_envelope_without_a_numeric_code_is_malformed() {
    AlphaApiException error = readFailure("{\"code\":\"200\",\"msg\":\"Success\",\"data\":{}}");

    assertThat(error).isInstanceOf(AlphaApiException.MalformedResponse.class);
    assertThat(error.field()).contains("code");
  }

  @Test
  void a_read_whose_success_carries_no_data_is_malformed() {
    AlphaApiException error =
        readFailure("{\"code\":200,\"msg\":\"Success\",\"expMsg\":null,\"data\":null}");

    assertThat(error).isInstanceOf(AlphaApiException.MalformedResponse.class);
    assertThat(error.field()).contains("data");
  }

  @Test
  void a_read_whose_success_has_no_data_field_says_it_is_absent() {
    AlphaApiException error = readFailure("{\"code\":200,\"msg\":\"Success\"}");

    assertThat(error.getMessage()).contains("data is absent");
  }

  @Test
  void an_unpadded_time_from_the_device_is_read() {
    DischargeConfig config =
        AlphaTestSupport.result(
            readSuccess(envelope(dischargeData("\"9:00\"", "\"21:15\"")))
                .getDisChargeConfigInfo(SN));

    assertThat(config.slot1()).isEqualTo(TimeSlot.of("09:00", "21:15"));
  }

  @Test
  void a_time_of_24_00_is_reported_with_its_field_and_value() {
    AlphaApiException error = readFailure(envelope(dischargeData("\"17:00\"", "\"24:00\"")));

    assertThat(error).isInstanceOf(AlphaApiException.MalformedResponse.class);
    assertThat(error.field()).contains("timeDise1");
    assertThat(error.getMessage()).contains("timeDise1", "\"24:00\"");
  }

  @Test
  void a_null_time_is_reported_with_its_field() {
    AlphaApiException error = readFailure(envelope(dischargeData("null", "\"21:00\"")));

    assertThat(error.field()).contains("timeDisf1");
    assertThat(error.getMessage()).contains("timeDisf1 is null");
  }

  @Test
  void a_time_off_the_grid_is_reported_with_its_field_and_value() {
    AlphaApiException error = readFailure(envelope(dischargeData("\"17:10\"", "\"21:00\"")));

    assertThat(error.field()).contains("timeDisf1");
    assertThat(error.getMessage()).contains("\"17:10\"");
  }

  @Test
  void a_flag_outside_0_and_1_is_reported_with_its_field() {
    AlphaApiException error =
        readFailure(
            envelope(
                dischargeData("\"17:00\"", "\"21:00\"").replace("\"ctrDis\":1", "\"ctrDis\":2")));

    assertThat(error.field()).contains("ctrDis");
  }

  @Test
  void a_percentage_sent_as_text_or_as_a_decimal_is_read() {
    api.stubFor(
        get(urlPathEqualTo("/api/getChargeConfigInfo"))
            .willReturn(
                okJson(
                    envelope(
                        "{\"gridCharge\":1,\"timeChaf1\":\"00:00\",\"timeChae1\":\"05:00\","
                            + "\"timeChaf2\":\"00:00\",\"timeChae2\":\"00:00\",\"batHighCap\":\"95\"}"))));

    assertThat(AlphaTestSupport.result(client.getChargeConfigInfo(SN)).batHighCap()).isEqualTo(95);
  }

  @Test
  void a_period_with_a_surprising_time_names_its_place_in_the_list() {
    api.stubFor(
        get(urlPathEqualTo("/api/getTimeChargeBySn"))
            .willReturn(
                okJson(
                    ownPayload("getTimeChargeBySn.response.json")
                        .replace("\"21:00\"", "\"21:07\""))));

    AlphaApiException error = failure(client.getTimeChargeBySn(SN));

    assertThat(error.field()).contains("dischargeTimeList[0].endTime");
  }

  @Test
  void weekdays_sent_as_comma_separated_text_are_read() {
    api.stubFor(
        get(urlPathEqualTo("/api/getTimeChargeBySn"))
            .willReturn(
                okJson(
                    ownPayload("getTimeChargeBySn.response.json")
                        .replace("[1, 2, 3, 4, 5, 6, 7]", "\"1,2,3,4,5\""))));

    PeriodicSchedule schedule = AlphaTestSupport.result(client.getTimeChargeBySn(SN));

    assertThat(schedule.chargePeriods().get(0).weeks())
        .containsExactlyElementsOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  @Test
  void a_weekday_outside_1_to_7_names_its_place_in_the_list() {
    api.stubFor(
        get(urlPathEqualTo("/api/getTimeChargeBySn"))
            .willReturn(
                okJson(
                    ownPayload("getTimeChargeBySn.response.json")
                        .replace("[6, 5, 4, 3, 2, 1, 7]", "[0, 1]"))));

    AlphaApiException error = failure(client.getTimeChargeBySn(SN));

    assertThat(error.field()).contains("dischargeTimeList[0].weeks");
  }

  @Test
  void a_system_without_a_serial_is_reported_with_its_place_in_the_list() {
    api.stubFor(
        get("/api/getEssList")
            .willReturn(
                okJson(
                    ownPayload("getEssList.response.json")
                        .replace("\"AL0000000000002\"", "null"))));

    assertThat(failure(client.getEssList()).field()).contains("data[1].sysSn");
  }

  @Test
  void a_periodic_answer_without_lists_or_flags_reads_as_empty_daily_lists() {
    api.stubFor(get(urlPathEqualTo("/api/getTimeChargeBySn")).willReturn(okJson(envelope("{}"))));

    assertThat(AlphaTestSupport.result(client.getTimeChargeBySn(SN)))
        .isEqualTo(new PeriodicSchedule(PeriodicSchedule.DAILY, List.of(), List.of(), 0));
  }

  @Test
  void a_fractional_percentage_is_reported_with_its_field() {
    api.stubFor(
        get(urlPathEqualTo("/api/getChargeConfigInfo"))
            .willReturn(
                okJson(
                    fixture("getChargeConfigInfo.response.json")
                        .replace("\"batHighCap\": 100", "\"batHighCap\": 99.5"))));

    assertThat(failure(client.getChargeConfigInfo(SN)).field()).contains("batHighCap");
  }

  @Test
  void a_missing_power_figure_is_reported_with_its_field() {
    api.stubFor(
        get(urlPathEqualTo("/api/getLastPowerData"))
            .willReturn(
                okJson(
                    fixture("getLastPowerData.response.json")
                        .replace("\"pbat\": 1264.0", "\"pbat\": null"))));

    assertThat(failure(client.getLastPowerData(SN)).field()).contains("pbat");
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
            AlphaTestSupport.APP_ID,
            AppSecret.of(AlphaTestSupport.APP_SECRET),
            Duration.ofMillis(500),
            REQUEST_TIMEOUT,
            AlphaTestSupport.workedExampleClock());

    AlphaApiException error =
        failure(
            overTls.updateDisChargeConfigInfo(
                SN, new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 10)));

    assertThat(error).isInstanceOf(AlphaApiException.Transient.class);
    assertThat(error.getMessage()).contains("the request failed");
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void a_periodic_write_the_api_would_refuse_is_never_sent() {
    PeriodicSchedule emptyDischarge =
        new PeriodicSchedule(
            PeriodicSchedule.DAILY,
            List.of(PeriodicScheduleTest.period("01:00", "05:00")),
            List.of(),
            0);

    Throwable error = AlphaTestSupport.failureCause(client.setTimeChargeBySn(SN, emptyDischarge));

    assertThat(error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  @Test
  void a_write_without_a_serial_is_never_sent() {
    Throwable error =
        AlphaTestSupport.failureCause(
            client.updateDisChargeConfigInfo(
                " ", new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 10)));

    assertThat(error).isInstanceOf(IllegalArgumentException.class);
    assertThat(api.getAllServeEvents()).isEmpty();
  }

  private HttpAlphaClient readSuccess(String body) {
    api.stubFor(get(urlPathEqualTo("/api/getDisChargeConfigInfo")).willReturn(okJson(body)));
    return client;
  }

  private static String envelope(String data) {
    return "{\"code\":200,\"msg\":\"Success\",\"expMsg\":null,\"extra\":null,\"data\":"
        + data
        + "}";
  }

  private static String dischargeData(String from1, String end1) {
    return "{\"ctrDis\":1,\"timeDisf1\":"
        + from1
        + ",\"timeDise1\":"
        + end1
        + ",\"timeDisf2\":\"00:00\",\"timeDise2\":\"00:00\",\"batUseCap\":10}";
  }
}
