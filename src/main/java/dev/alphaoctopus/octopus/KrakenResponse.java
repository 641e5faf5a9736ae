package dev.alphaoctopus.octopus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Optional;

/** A whole answer from the endpoint, read to the last byte before it is judged. */
record KrakenResponse(int status, String mediaType, String body) {

  // Decimals stay BigDecimal, scale and all: energyAddedKwh must not pass through a double.
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /**
   * The {@code data.<field>} value, or the classified failure. A GraphQL error code wins over the
   * HTTP status because it says more; an error without a code says less than a non-200 status.
   */
  JsonNode data(String field, String secret) {
    Optional<JsonNode> root = json();
    Optional<JsonNode> error =
        root.map(node -> node.path("errors"))
            .filter(errors -> errors.isArray() && !errors.isEmpty())
            .map(errors -> errors.get(0));
    if (error.filter(KrakenErrors::hasCode).isPresent()) {
      throw KrakenErrors.fromGraphqlError(error.get(), secret);
    }
    if (status != 200) {
      throw KrakenErrors.fromStatus(status, isHtmlPage());
    }
    if (error.isPresent()) {
      throw KrakenErrors.fromGraphqlError(error.get(), secret);
    }
    JsonNode value =
        root.orElseThrow(
                () ->
                    new MalformedResponseException(
                        "INVALID_JSON",
                        "the body is not JSON (" + body.length() + " chars of " + mediaType + ")"))
            .path("data")
            .path(field);
    if (value.isMissingNode() || value.isNull()) {
      throw new MalformedResponseException("MISSING_DATA", "the answer has no data." + field);
    }
    return value;
  }

  /** Shows no body: on every token call it holds the token and refresh token. */
  @Override
  public String toString() {
    return "KrakenResponse[status="
        + status
        + ", mediaType="
        + mediaType
        + ", body="
        + body.length()
        + " chars]";
  }

  /**
   * CloudFront's block page is recognised by its text too, as it does not always say it is HTML.
   */
  private boolean isHtmlPage() {
    String text = body.toLowerCase(Locale.ROOT);
    return mediaType.equals("text/html")
        || text.contains("<html")
        || text.contains("cloudfront")
        || text.contains("request blocked");
  }

  // Jackson's message quotes the body, which may hold a token: keep only the fact it failed.
  private Optional<JsonNode> json() {
    try {
      JsonNode node = JSON.readTree(body);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
  }
}
