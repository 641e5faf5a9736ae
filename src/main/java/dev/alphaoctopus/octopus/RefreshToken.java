package dev.alphaoctopus.octopus;

import java.time.Instant;
import java.util.Objects;

/**
 * A Kraken refresh token and the moment it stops working ({@code refreshExpiresIn} is an epoch
 * second despite its name). {@link #toString()} never shows the token.
 */
public record RefreshToken(String value, Instant expiresAt) {

  public RefreshToken {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the refresh token is empty");
    }
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean isUsableAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "RefreshToken[<redacted>, expiresAt=" + expiresAt + "]";
  }
}
