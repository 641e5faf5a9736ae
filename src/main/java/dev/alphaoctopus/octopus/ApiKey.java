package dev.alphaoctopus.octopus;

/** The Octopus API key ({@code sk_live_…}); {@link #toString()} never shows it. */
public record ApiKey(String value) {

  public ApiKey {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the Octopus API key is empty");
    }
  }

  @Override
  public String toString() {
    return "ApiKey[<redacted>]";
  }
}
