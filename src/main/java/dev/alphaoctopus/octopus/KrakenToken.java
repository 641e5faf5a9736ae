package dev.alphaoctopus.octopus;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kraken token for the {@code Authorization} header, when it expires, and the refresh token that
 * came with it, if any. {@link #toString()} never shows a secret.
 */
public record KrakenToken(String value, Instant expiresAt, Optional<RefreshToken> refreshToken) {

  public KrakenToken {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the Kraken token is empty");
    }
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(refreshToken, "refreshToken");
  }

  /**
   * True while the token has more than {@code margin} left, so a call started now will not race it.
   */
  public boolean isFreshAt(Instant now, Duration margin) {
    return now.plus(margin).isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "KrakenToken[<redacted>, expiresAt="
        + expiresAt
        + ", refreshToken="
        + refreshToken.map(RefreshToken::toString).orElse("none")
        + "]";
  }
}
