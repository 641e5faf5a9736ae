package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.alphaoctopus.octopus.KrakenStub.NOW;
import static dev.alphaoctopus.octopus.KrakenStub.PATH;
import static dev.alphaoctopus.octopus.KrakenStub.failureOf;
import static dev.alphaoctopus.octopus.KrakenStub.jwt;
import static dev.alphaoctopus.octopus.KrakenStub.resource;
import static dev.alphaoctopus.octopus.KrakenStub.resultOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpOctopusClientTokenTest {

  private static final ActorSystem<Void> system = KrakenStub.actorSystem("");
  private static final ObjectMapper json = new ObjectMapper();

  @RegisterExtension static final WireMockExtension kraken = KrakenStub.wireMock();

  @AfterAll
  static void shutDown() {
    KrakenStub.shutDown(system);
  }

  private static final String OBTAIN_TOKEN =
      "mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) {"
          + " obtainKrakenToken(input: $input) { token refreshToken refreshExpiresIn payload } }";

  private HttpOctopusClient client() {
    return KrakenStub.client(system, kraken.getPort());
  }

  private void answer(String body) {
    kraken.stubFor(post(PATH).willReturn(okJson(body)));
  }

  private static String tokenResult(String fieldsJson) {
    return "{\"data\":{\"obtainKrakenToken\":{" + fieldsJson + "}}}";
  }

  @Test
  void obtains_a_token_by_posting_the_api_key_as_a_variable() throws Exception {
    answer(resource("obtain-token.payload-object.response.json"));

    resultOf(client().obtainToken(new ApiKey("sk_live_example")));

    Map<String, Object> body =
        Map.of(
            "query",
            OBTAIN_TOKEN,
            "variables",
            Map.of("input", Map.of("APIKey", "sk_live_example")));
    kraken.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("User-Agent", equalTo("alpha-octopus-agent/1.2.3-test"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Authorization", absent())
            .withRequestBody(equalToJson(json.writeValueAsString(body))));
  }

  @Test
  void refreshes_by_posting_only_the_refresh_token_as_the_input() throws Exception {
    answer(resource("obtain-token.payload-object.response.json"));

    resultOf(client().refreshToken(new RefreshToken("refresh-me", NOW.plusSeconds(60))));

    Map<String, Object> body =
        Map.of(
            "query",
            OBTAIN_TOKEN,
            "variables",
            Map.of("input", Map.of("refreshToken", "refresh-me")));
    kraken.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", absent())
            .withRequestBody(equalToJson(json.writeValueAsString(body))));
  }

  @Test
  void
      keeps_the_token_its_expiry_from_a_payload_object_and_the_refresh_token_with_its_epoch_expiry() {
    answer(resource("obtain-token.payload-object.response.json"));

    KrakenToken token = resultOf(client().obtainToken(new ApiKey("sk_live_example")));

    assertThat(token.value()).isEqualTo("illustrative-kraken-token");
    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-03-10T14:00:00Z"));
    assertThat(token.refreshToken())
        .contains(
            new RefreshToken("illustrative-refresh-token", Instant.parse("2026-03-17T13:00:00Z")));
  }

  @Test
  void reads_the_expiry_from_a_payload_that_arrives_as_a_json_string() {
    answer(resource("obtain-token.payload-string.response.json"));

    KrakenToken token = resultOf(client().obtainToken(new ApiKey("sk_live_example")));

    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-03-10T13:40:00Z"));
  }

  @Test
  void prefers_the_payload_expiry_over_the_jwt_one() {
    String token = jwt("{\"exp\": 1773150900}");
    answer(tokenResult("\"token\": \"" + token + "\", \"payload\": {\"exp\": 1773150000}"));

    assertThat(resultOf(client().obtainToken(new ApiKey("sk_live_example"))).expiresAt())
        .isEqualTo(Instant.parse("2026-03-10T13:40:00Z"));
  }

  @Test
  void falls_back_to_the_jwt_expiry_when_the_payload_has_none() {
    String token = jwt("{\"sub\": \"kraken|account-user:1\", \"exp\": 1773150900}");
    answer(tokenResult("\"token\": \"" + token + "\", \"payload\": {\"sub\": \"x\"}"));

    KrakenToken result = resultOf(client().obtainToken(new ApiKey("sk_live_example")));

    assertThat(result.value()).isEqualTo(token);
    assertThat(result.expiresAt()).isEqualTo(Instant.parse("2026-03-10T13:55:00Z"));
  }

  @Test
  void assumes_55_minutes_from_issue_when_neither_payload_nor_token_gives_an_expiry() {
    answer(tokenResult("\"token\": \"not-a-jwt\", \"payload\": \"not json either\""));

    KrakenToken token = resultOf(client().obtainToken(new ApiKey("sk_live_example")));

    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(55)));
  }

  @Test
  void a_refresh_token_without_a_readable_expiry_is_dropped_so_the_api_key_is_used_instead() {
    answer(tokenResult("\"token\": \"t\", \"refreshToken\": \"r\", \"refreshExpiresIn\": null"));

    assertThat(resultOf(client().obtainToken(new ApiKey("sk_live_example"))).refreshToken())
        .isEmpty();
  }

  @Test
  void a_refresh_expiry_beyond_any_instant_drops_the_refresh_token_rather_than_failing() {
    answer(
        tokenResult(
            "\"token\": \"t\", \"refreshToken\": \"r\","
                + " \"refreshExpiresIn\": 9223372036854775807"));

    assertThat(resultOf(client().obtainToken(new ApiKey("sk_live_example"))).refreshToken())
        .isEmpty();
  }

  @Test
  void a_token_answer_without_a_token_is_malformed() {
    answer(tokenResult("\"token\": null, \"refreshToken\": \"r\""));

    Throwable failure = failureOf(client().obtainToken(new ApiKey("sk_live_example")));

    assertThat(failure)
        .isExactlyInstanceOf(MalformedResponseException.class)
        .extracting(e -> ((OctopusException) e).code())
        .isEqualTo("MISSING_FIELD");
  }
}
