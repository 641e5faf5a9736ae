package dev.alphaoctopus.config;

import java.util.Objects;

/** A credential that never shows itself in a log line, an error or {@code toString}. */
public final class Secret {

  public static final String MASK = "********";

  private final String value;

  public Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The value itself, for the one place that sends it. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return MASK;
  }
}
