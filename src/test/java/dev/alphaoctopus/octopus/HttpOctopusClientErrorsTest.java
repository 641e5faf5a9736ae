package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.alphaoctopus.octopus.KrakenStub.PATH;
import static dev.alphaoctopus.octopus.KrakenStub.failureOf;
import static dev.alphaoctopus.octopus.KrakenStub.fixture;
import static dev.alphaoctopus.octopus.KrakenStub.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the reference's error-code table, the HTTP failures and the transport ones. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpOctopusClientErrorsTest {

  private static final ActorSystem<Void> system = KrakenStub.actorSystem("");

  @RegisterExtension static final WireMockExtension kraken = KrakenStub.wireMock();

  @AfterAll
  static void shutDown() {
    KrakenStub.shutDown(system);
  }

  private HttpOctopusClient client() {
    return KrakenStub.client(system, kraken.getPort());
  }

  private OctopusException dispatchesFailingWith(ResponseDefinitionBuilder response) {
    kraken.stubFor(post(PATH).willReturn(response));
    return failure(client().plannedDispatches(KrakenStub.token("token-for-tests"), "device"));
  }

  private static OctopusException failure(CompletionStage<?> call) {
    Throwable failure = failureOf(call);
    assertThat(failure).isInstanceOf(OctopusException.class);
    return (OctopusException) failure;
  }

  private static String errorResponse(String code, String message) {
    return "{\"data\": {\"flexPlannedDispatches\": null}, \"errors\": [{\"message\": \""
        + message
        + "\", \"path\": [\"flexPlannedDispatches\"], \"extensions\": {\"errorCode\": \""
        + code
        + "\"}}]}";
  }

  /** Section 5 of reference/octopus-kraken-api.md, one row each, with the class the agent sees. */
  static Stream<Arguments> referenceErrorCodes() {
    return Stream.of(
        row("KT-CT-1111", "Unauthorized.", TokenRejectedException.class),
        row("KT-CT-1112", "'Authorization' header not provided.", TokenRejectedException.class),
        row("KT-CT-1120", "The Kraken Token has expired.", TokenRejectedException.class),
        row(
            "KT-CT-1121",
            "Please use Kraken Token to issue long-lived refresh tokens.",
            MalformedResponseException.class),
        row("KT-CT-1124", "Signature of the JWT has expired.", TokenRejectedException.class),
        row("KT-CT-1134", "The refresh token has expired.", RefreshTokenRejectedException.class),
        row(
            "KT-CT-1135",
            "Please make sure the refresh token is correct.",
            RefreshTokenRejectedException.class),
        row(
            "KT-CT-1137",
            "Please provide the right combination of input fields.",
            MalformedResponseException.class),
        row("KT-CT-1138", "Invalid data.", ApiKeyRejectedException.class),
        row("KT-CT-1139", "Authentication failed.", ApiKeyRejectedException.class),
        row("KT-CT-1143", "Invalid token.", TokenRejectedException.class),
        row("KT-CT-1145", "Account/user details do not match.", MalformedResponseException.class),
        row("KT-CT-1199", "Too many requests.", RateLimitedException.class),
        row("KT-CT-1201", "Pagination is required.", MalformedResponseException.class),
        row("KT-CT-4340", "Unable to fetch planned dispatches.", TransientException.class),
        row("KT-CT-7899", "An internal error occurred.", TransientException.class),
        row("OE-0103", "Authentication failed.", TokenRejectedException.class));
  }

  private static Arguments row(
      String code, String message, Class<? extends OctopusException> expected) {
    return Arguments.of(code, message, expected);
  }

  @ParameterizedTest(name = "{0} is a {2}")
  @MethodSource("referenceErrorCodes")
  void each_kraken_error_code_of_the_reference_maps_to_its_class(
      String code, String message, Class<? extends OctopusException> expected) {
    OctopusException failure = dispatchesFailingWith(okJson(errorResponse(code, message)));

    assertThat(failure).isExactlyInstanceOf(expected).hasMessage(message);
    assertThat(failure.code()).isEqualTo(code);
  }

  @Test
  void an_error_code_this_client_does_not_know_is_malformed_and_keeps_its_code() {
    OctopusException failure =
        dispatchesFailingWith(okJson(errorResponse("KT-CT-9999", "Something new.")));

    assertThat(failure).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(failure.code()).isEqualTo("KT-CT-9999");
  }

  @Test
  void a_graphql_error_without_a_code_is_malformed() {
    OctopusException failure =
        dispatchesFailingWith(
            okJson(
                "{\"errors\": [{\"message\": \"Cannot query field 'typo' on type 'Query'.\"}]}"));

    assertThat(failure).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(failure.code()).isEqualTo("GRAPHQL_ERROR");
    assertThat(failure).hasMessage("Cannot query field 'typo' on type 'Query'.");
  }

  @Test
  void the_real_bad_api_key_answer_is_an_api_key_rejection() {
    kraken.stubFor(
        post(PATH)
            .willReturn(
                okJson(
                    "{\"errors\": ["
                        + fixture("kt-ct-1139-auth-failed-error.megakid.json")
                        + "]}")));

    OctopusException failure = failure(client().obtainToken(new ApiKey("sk_live_revoked")));

    assertThat(failure).isExactlyInstanceOf(ApiKeyRejectedException.class);
    assertThat(failure.code()).isEqualTo("KT-CT-1139");
    assertThat(failure).hasMessage("Invalid data. (Authentication failed.)");
  }

  @Test
  void the_real_too_many_requests_answer_is_a_rate_limit() {
    kraken.stubFor(
        post(PATH).willReturn(okJson(fixture("kt-ct-1199-rate-limit-error.predbat.json"))));

    OctopusException failure = failure(client().obtainToken(new ApiKey("sk_live_example")));

    assertThat(failure).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(failure.code()).isEqualTo("KT-CT-1199");
    assertThat(failure)
        .hasMessage("Too many requests. (There were too many requests. Please try again later.)");
  }

  @Test
  void the_real_unable_to_fetch_planned_dispatches_answer_is_transient() {
    OctopusException failure =
        dispatchesFailingWith(
            okJson(
                fixture("kt-ct-4340-flexplanneddispatches-error.bottlecapdave-issue-1369.json")));

    assertThat(failure).isExactlyInstanceOf(TransientException.class);
    assertThat(failure.code()).isEqualTo("KT-CT-4340");
    assertThat(failure).hasMessage("Unable to fetch planned dispatches.");
  }

  @Test
  void a_kraken_error_code_says_more_than_the_http_status_it_came_with() {
    OctopusException failure =
        dispatchesFailingWith(
            aResponse()
                .withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(errorResponse("KT-CT-1199", "Too many requests.")));

    assertThat(failure).isExactlyInstanceOf(RateLimitedException.class);
  }

  @ParameterizedTest(name = "HTTP {0} is a {1}")
  @CsvSource({
    "401, TokenRejectedException",
    "429, RateLimitedException",
    "500, TransientException",
    "502, TransientException",
    "503, TransientException",
    "504, TransientException",
    "404, MalformedResponseException"
  })
  void an_http_status_without_a_kraken_error_maps_to_its_class(int status, String expected) {
    OctopusException failure =
        dispatchesFailingWith(
            aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"detail\": \"no GraphQL here\"}"));

    assertThat(failure.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(failure.code()).isEqualTo("HTTP " + status);
  }

  @Test
  void cloudfronts_403_html_page_is_edge_rate_limiting_not_an_auth_failure() {
    OctopusException failure =
        dispatchesFailingWith(
            aResponse()
                .withStatus(403)
                .withHeader("Content-Type", "text/html; charset=iso-8859-1")
                .withBody(resource("cloudfront-403.html")));

    assertThat(failure).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(failure.code()).isEqualTo("HTTP 403");
  }

  @Test
  void cloudfronts_403_page_without_a_content_type_is_still_rate_limiting() {
    OctopusException failure =
        dispatchesFailingWith(
            aResponse().withStatus(403).withBody(resource("cloudfront-403.html")));

    assertThat(failure).isExactlyInstanceOf(RateLimitedException.class);
    assertThat(failure.code()).isEqualTo("HTTP 403");
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "'<Html><body>Forbidden</body></html>', text/plain",
    "Generated by CloudFront, application/octet-stream",
    "REQUEST BLOCKED., application/json"
  })
  void a_403_whose_text_reads_like_a_block_page_is_rate_limiting_whatever_its_type(
      String body, String contentType) {
    OctopusException failure =
        dispatchesFailingWith(
            aResponse().withStatus(403).withHeader("Content-Type", contentType).withBody(body));

    assertThat(failure).isExactlyInstanceOf(RateLimitedException.class);
  }

  @Test
  void a_graphql_error_without_a_code_leaves_a_5xx_to_its_status() {
    OctopusException failure =
        dispatchesFailingWith(
            aResponse()
                .withStatus(502)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"message\":\"Bad gateway\"}]}"));

    assertThat(failure).isExactlyInstanceOf(TransientException.class);
    assertThat(failure.code()).isEqualTo("HTTP 502");
  }

  @Test
  void a_403_that_is_not_an_html_page_is_a_rejected_token() {
    OctopusException failure =
        dispatchesFailingWith(
            aResponse()
                .withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{}"));

    assertThat(failure).isExactlyInstanceOf(TokenRejectedException.class);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "truncated JSON | application/json"
            + " | {\"data\": {\"flexPlannedDispatches\": [{\"start\": \"2026-",
        "JSON with trailing garbage | application/json"
            + " | {\"data\": {\"flexPlannedDispatches\": []}} }",
        "an empty body | application/json | ''",
        "an HTML page with status 200 | text/html | <html><body>Maintenance</body></html>"
      })
  void a_body_that_is_not_json_is_malformed(String what, String contentType, String body) {
    OctopusException failure =
        dispatchesFailingWith(
            aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body));

    assertThat(failure).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(failure.code()).isEqualTo("INVALID_JSON");
  }

  @Test
  void json_without_the_asked_data_is_malformed() {
    OctopusException failure = dispatchesFailingWith(okJson("{\"data\": {}}"));

    assertThat(failure).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(failure.code()).isEqualTo("MISSING_DATA");
  }

  @Test
  void a_connection_dropped_mid_answer_is_transient() {
    OctopusException failure =
        dispatchesFailingWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThat(failure).isExactlyInstanceOf(TransientException.class);
    assertThat(failure.code()).isEqualTo("CONNECTION_FAILED");
  }

  @Test
  void a_refused_connection_is_transient() {
    HttpOctopusClient client = KrakenStub.client(system, KrakenStub.closedPort());

    OctopusException failure =
        failure(client.plannedDispatches(KrakenStub.token("token-for-tests"), "device"));

    assertThat(failure).isExactlyInstanceOf(TransientException.class);
    assertThat(failure.code()).isEqualTo("CONNECTION_FAILED");
  }
}
