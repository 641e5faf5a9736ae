package dev.alphaoctopus.octopus;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the Kraken GraphQL endpoint is and how long a call may take: {@code connectTimeout} for the
 * TCP/TLS connect, {@code requestTimeout} for the whole exchange up to the last body byte.
 */
public record OctopusClientSettings(
    URI endpoint, Duration connectTimeout, Duration requestTimeout, String version) {

  public OctopusClientSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
      throw new IllegalArgumentException("the Kraken endpoint must be http or https: " + endpoint);
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("the agent version is empty");
    }
  }

  public String userAgent() {
    return "alpha-octopus-agent/" + version;
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }
}
