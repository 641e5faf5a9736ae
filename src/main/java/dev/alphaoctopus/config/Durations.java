package dev.alphaoctopus.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.Map;

/** Reads durations such as {@code 15m}, {@code 90s} or {@code 1h}; a unit is always required. */
public final class Durations {

  public static final String EXAMPLES = "such as 15m, 90s or 1h";

  private Durations() {}

  /**
   * @throws IllegalArgumentException when the text is not a duration with a unit
   */
  public static Duration parse(String text) {
    String trimmed = text.strip();
    // HOCON reads a bare number as milliseconds, which nobody writing "15" means.
    if (trimmed.isEmpty() || !Character.isLetter(trimmed.charAt(trimmed.length() - 1))) {
      throw notADuration(text);
    }
    try {
      return ConfigFactory.parseMap(Map.of("d", trimmed)).getDuration("d");
    } catch (ConfigException e) {
      throw notADuration(text);
    }
  }

  /** Prints a duration the way {@link #parse} reads it: {@code 3m}, {@code 90s}, {@code 1h}. */
  public static String format(Duration duration) {
    long seconds = duration.getSeconds();
    if (duration.getNano() != 0) {
      return duration.toMillis() + "ms";
    }
    if (seconds != 0 && seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds != 0 && seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }

  private static IllegalArgumentException notADuration(String text) {
    return new IllegalArgumentException(
        "expected a duration " + EXAMPLES + ", got \"" + text + "\"");
  }
}
