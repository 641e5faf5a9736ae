package dev.alphaoctopus.octopus;

import com.fasterxml.jackson.databind.JsonNode;

/** Maps Kraken error codes and HTTP statuses to the closed set of {@link OctopusException}s. */
final class KrakenErrors {

  private static final String REDACTED = "<redacted>";

  private KrakenErrors() {}

  /** True when the error names a Kraken code, which says more than any HTTP status. */
  static boolean hasCode(JsonNode error) {
    return !error.path("extensions").path("errorCode").asText("").isBlank();
  }

  /**
   * Classifies one element of a GraphQL {@code errors} array. Codes the agent has no action for
   * (KT-CT-1121, 1137, 1145, 1201, unknown ones) and errors without a code are malformed: a person
   * has to look. (A code-less error on a non-200 answer never gets here: the status decides.)
   * {@code secret} is whatever this call sent, scrubbed from Octopus's text.
   */
  static OctopusException fromGraphqlError(JsonNode error, String secret) {
    JsonNode extensions = error.path("extensions");
    String code = extensions.path("errorCode").asText("");
    String message = describe(error.path("message").asText(""), extensions, secret);
    return switch (code) {
      case "KT-CT-1111", "KT-CT-1112", "KT-CT-1120", "KT-CT-1124", "KT-CT-1143", "OE-0103" ->
          new TokenRejectedException(code, message);
      case "KT-CT-1138", "KT-CT-1139" -> new ApiKeyRejectedException(code, message);
      case "KT-CT-1134", "KT-CT-1135" -> new RefreshTokenRejectedException(code, message);
      case "KT-CT-1199" -> new RateLimitedException(code, message);
      case "KT-CT-4340", "KT-CT-7899" -> new TransientException(code, message);
      case "" -> new MalformedResponseException("GRAPHQL_ERROR", message);
      default -> new MalformedResponseException(code, message);
    };
  }

  /**
   * Classifies a non-200 answer that carried no coded GraphQL error. A 403 HTML page is
   * CloudFront's edge throttle, not an auth failure; any other 403 is treated as an auth failure.
   */
  static OctopusException fromStatus(int status, boolean html) {
    String code = "HTTP " + status;
    if (status == 401 || (status == 403 && !html)) {
      return new TokenRejectedException(code, "Octopus refused the token");
    }
    if (status == 403 || status == 429) {
      return new RateLimitedException(code, "Octopus is throttling requests");
    }
    if (status >= 500) {
      return new TransientException(code, "Octopus server error");
    }
    return new MalformedResponseException(code, "unexpected HTTP status");
  }

  private static String describe(String message, JsonNode extensions, String secret) {
    String description = extensions.path("errorDescription").asText("");
    String text =
        description.isEmpty() || description.equals(message)
            ? message
            : message + " (" + description + ")";
    return text.replace(secret, REDACTED);
  }
}
