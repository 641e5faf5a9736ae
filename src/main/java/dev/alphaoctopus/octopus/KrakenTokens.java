package dev.alphaoctopus.octopus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Reads an {@code obtainKrakenToken} result into a {@link KrakenToken}. */
final class KrakenTokens {

  /** Tokens live 60 minutes; assuming 55 keeps a margin when the expiry cannot be read. */
  static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(55);

  /**
   * The longest lifetime believed: an {@code exp} beyond it (milliseconds, say) or not after issue
   * is not a real expiry, so the next source is tried.
   */
  static final Duration LONGEST_BELIEVABLE_LIFETIME = Duration.ofHours(2);

  private static final ObjectMapper JSON = new ObjectMapper();

  private KrakenTokens() {}

  /**
   * @param issuedAt the clock's instant before the request was sent, so a slow answer cannot
   *     stretch the assumed lifetime past the real one
   */
  static KrakenToken fromResult(JsonNode result, Instant issuedAt) {
    JsonNode token = result.get("token");
    if (token == null || !token.isTextual() || token.asText().isBlank()) {
      throw new MalformedResponseException(
          "MISSING_FIELD", "obtainKrakenToken answered without a token");
    }
    Instant expiresAt =
        expiry(result.get("payload"))
            .filter(expiry -> believable(expiry, issuedAt))
            .or(() -> jwtExpiry(token.asText()).filter(expiry -> believable(expiry, issuedAt)))
            .orElse(issuedAt.plus(ASSUMED_LIFETIME));
    return new KrakenToken(token.asText(), expiresAt, refreshToken(result));
  }

  private static boolean believable(Instant expiry, Instant issuedAt) {
    return expiry.isAfter(issuedAt) && !expiry.isAfter(issuedAt.plus(LONGEST_BELIEVABLE_LIFETIME));
  }

  /** Without a readable expiry the refresh token is dropped, so the agent falls back to the key. */
  private static Optional<RefreshToken> refreshToken(JsonNode result) {
    JsonNode token = result.get("refreshToken");
    if (token == null || !token.isTextual() || token.asText().isBlank()) {
      return Optional.empty();
    }
    return epochSecond(result.get("refreshExpiresIn"))
        .map(expiresAt -> new RefreshToken(token.asText(), expiresAt));
  }

  /** {@code payload} is a GenericScalar: it may arrive as an object or as a JSON string. */
  private static Optional<Instant> expiry(JsonNode payload) {
    if (payload == null) {
      return Optional.empty();
    }
    if (payload.isTextual()) {
      return parse(payload.asText()).flatMap(KrakenTokens::expiry);
    }
    return epochSecond(payload.get("exp"));
  }

  private static Optional<Instant> jwtExpiry(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      String body = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      return parse(body).flatMap(KrakenTokens::expiry);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  // The text may quote the token, so a parse failure is dropped rather than reported.
  private static Optional<JsonNode> parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
  }

  /** Seconds beyond {@link Instant#MAX} are as unreadable as text: no instant can hold them. */
  private static Optional<Instant> epochSecond(JsonNode value) {
    if (value != null
        && value.canConvertToLong()
        && value.asLong() > 0
        && value.asLong() <= Instant.MAX.getEpochSecond()) {
      return Optional.of(Instant.ofEpochSecond(value.asLong()));
    }
    return Optional.empty();
  }
}
