package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.alphaoctopus.alpha.AlphaTestSupport.NO_TIME_CONTROL;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.failure;
import static dev.alphaoctopus.alpha.AlphaTestSupport.fixture;
import static dev.alphaoctopus.alpha.AlphaTestSupport.ownPayload;
import static dev.alphaoctopus.alpha.PeriodicScheduleTest.period;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference §5: every return code and HTTP status maps to the case the agent acts on. */
class ReturnCodeTableTest extends AlphaApiTest {

  /** One row per code: code, case, whether retrying the same call can help. */
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
    "408, Transient",
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

    AlphaApiException error = failure(client.updateDisChargeConfigInfo(SN, NO_TIME_CONTROL));

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
            List.of(period("01:00", "05:00")),
            List.of(period("17:00", "21:00")),
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
}
