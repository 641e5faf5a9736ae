package dev.alphaoctopus.octopus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** A whole answer from the endpoint, read to the last byte before it is judged. */
record KrakenResponse(int status, String mediaType, String body) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * The {@code data.<field>} value, or the classified failure. A GraphQL error code wins over the
   * HTTP status because it says more.
   */
  JsonNode data(String field, String secret) {
    Optional<JsonNode> root = json();
    JsonNode errors = root.map(node -> node.path("errors")).orElse(null);
    if (errors != null && errors.isArray() && !errors.isEmpty()) {
      throw KrakenErrors.fromGraphqlError(errors.get(0), secret);
    }
    if (status != 200) {
      throw KrakenErrors.fromStatus(status, mediaType.equals("text/html"));
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
