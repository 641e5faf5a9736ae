package dev.alphaoctopus.alpha;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.alphaoctopus.alpha.AlphaApiException.Problem;
import java.io.IOException;
import java.util.function.BiFunction;

/**
 * Turns a whole answer into a value or an {@link AlphaApiException}: the HTTP status, then the
 * envelope's {@code code} (the API answers HTTP 200 even for its own errors), then the {@code
 * data}. Whatever goes wrong while reading a received answer is a malformed response, never a
 * transient failure: asking again would get the same answer.
 */
final class ResponseClassifier {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private ResponseClassifier() {}

  static <T> T read(
      String operation,
      int status,
      String reason,
      byte[] body,
      BiFunction<DataReader, JsonNode, T> parse) {
    if (status != 200) {
      throw ReturnCodes.forHttpStatus(operation, status, reason);
    }
    try {
      return parse.apply(new DataReader(operation), envelopeData(operation, body));
    } catch (AlphaApiException known) {
      throw known;
    } catch (RuntimeException bug) {
      throw new AlphaApiException.MalformedResponse(
          Problem.local(
              operation, "the answer could not be read: " + bug.getClass().getSimpleName()),
          bug);
    }
  }

  private static JsonNode envelopeData(String operation, byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      throw malformed(operation, "the body is not complete JSON", "body");
    }
    if (root == null || !root.isObject()) {
      throw malformed(operation, "the body is not a JSON object", "body");
    }
    JsonNode code = root.get("code");
    if (code == null || !code.canConvertToExactIntegral() || !code.canConvertToInt()) {
      throw malformed(operation, "the envelope has no numeric code", "code");
    }
    if (code.intValue() != ReturnCodes.SUCCESS) {
      // The periodic endpoints are documented with "info" where the others have "msg".
      String message =
          root.hasNonNull("msg") ? root.get("msg").asText() : root.path("info").asText("");
      JsonNode expMsg = root.get("expMsg");
      throw ReturnCodes.forCode(
          operation,
          code.intValue(),
          message,
          expMsg == null || expMsg.isNull() ? null : expMsg.asText());
    }
    return root.path("data");
  }

  private static AlphaApiException.MalformedResponse malformed(
      String operation, String message, String field) {
    return new AlphaApiException.MalformedResponse(
        new Problem(operation, AlphaApiException.NO_CODE, message, null, field), null);
  }
}
