package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.envelope;
import static dev.alphaoctopus.alpha.AlphaTestSupport.failure;
import static dev.alphaoctopus.alpha.AlphaTestSupport.fixture;
import static dev.alphaoctopus.alpha.AlphaTestSupport.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An answer that arrived but cannot be read is malformed: asking again would not help. */
class MalformedAnswerTest extends AlphaApiTest {

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
            .willReturn(okJson(envelope("{\"ctrDis\":null}"))));

    Throwable seen = result(client.getDisChargeConfigInfo(SN).handle((config, error) -> error));

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
  void a_bug_while_reading_the_data_is_malformed_not_transient() {
    IllegalStateException bug = new IllegalStateException("a reader bug");
    byte[] body = envelope("{}").getBytes(StandardCharsets.UTF_8);

    AlphaApiException error =
        catchThrowableOfType(
            AlphaApiException.class,
            () ->
                ResponseClassifier.read(
                    "getEssList",
                    200,
                    "OK",
                    body,
                    (reader, data) -> {
                      throw bug;
                    }));

    assertThat(error).isInstanceOf(AlphaApiException.MalformedResponse.class).hasCause(bug);
    assertThat(error.retryable()).isFalse();
  }
}
