package dev.alphaoctopus.alpha;

import java.util.Objects;

/**
 * The Alpha ESS developer AppSecret. Only this package can read it back, and its {@code toString}
 * hides it, so it cannot leak into logs, status or error messages by accident.
 */
public final class AppSecret {

  private final String value;

  private AppSecret(String value) {
    this.value = value;
  }

  public static AppSecret of(String value) {
    Objects.requireNonNull(value, "app secret");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the app secret is blank");
    }
    return new AppSecret(value);
  }

  String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "AppSecret[hidden]";
  }
}
