package dev.alphaoctopus.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads typed values from the resolved configuration, collecting a line per bad value. */
final class SettingsReader {

  private final Config config;
  private final List<String> problems = new ArrayList<>();

  SettingsReader(Config config) {
    this.config = config;
  }

  List<String> problems() {
    return problems;
  }

  /** The value as text, stripped; empty when unset or blank. */
  Optional<String> raw(Setting setting) {
    if (!config.hasPath(setting.path())) {
      return Optional.empty();
    }
    var value = config.getValue(setting.path());
    if (value.valueType() == ConfigValueType.OBJECT || value.valueType() == ConfigValueType.LIST) {
      return Optional.of(value.render());
    }
    String text = String.valueOf(value.unwrapped()).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Parses an optional value; a parser's {@link IllegalArgumentException} or {@link
   * java.time.DateTimeException} becomes a problem naming what is expected.
   */
  <T> Optional<T> optional(Setting setting, Function<String, T> parser, String expected) {
    Optional<String> text = raw(setting);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.get()));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      invalid(setting, text.get(), expected);
      return Optional.empty();
    }
  }

  /** A value every configuration has (conf/application.conf gives a default). */
  <T> T required(Setting setting, Function<String, T> parser, String expected) {
    if (raw(setting).isEmpty()) {
      problems.add(setting.displayName() + " is empty: expected " + expected);
      return null;
    }
    return optional(setting, parser, expected).orElse(null);
  }

  Duration duration(Setting setting, Duration min, Duration max) {
    String expected =
        "a duration from "
            + Durations.format(min)
            + " to "
            + Durations.format(max)
            + " "
            + Durations.EXAMPLES;
    return required(setting, text -> within(Durations.parse(text), min, max), expected);
  }

  int integer(Setting setting, int min, int max) {
    Integer value =
        required(
            setting,
            text -> within(Integer.parseInt(text), min, max),
            "a whole number from " + min + " to " + max);
    return value == null ? min : value;
  }

  double fraction(Setting setting) {
    Double value =
        required(
            setting,
            text -> within(Double.parseDouble(text), 0.0, 0.9),
            "a fraction from 0 to 0.9 such as 0.2");
    return value == null ? 0 : value;
  }

  boolean bool(Setting setting) {
    Boolean value = required(setting, SettingsReader::parseBoolean, "true or false");
    return value != null && value;
  }

  <E extends Enum<E>> E choice(Setting setting, Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    return required(
        setting,
        text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT)),
        "one of " + String.join(", ", names));
  }

  /** An id, serial or key: one word without spaces. */
  Optional<String> word(Setting setting, String expected) {
    return optional(setting, SettingsReader::singleWord, expected);
  }

  void invalid(Setting setting, String value, String expected) {
    problems.add(
        setting.displayName()
            + "="
            + (setting.isSecret() ? Secret.MASK : "\"" + value + "\"")
            + " is not valid: expected "
            + expected);
  }

  private static Boolean parseBoolean(String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalArgumentException(text);
  }

  private static String singleWord(String text) {
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("contains whitespace");
    }
    return text;
  }

  private static <T extends Comparable<T>> T within(T value, T min, T max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException("out of range");
    }
    return value;
  }
}
