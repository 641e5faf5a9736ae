package dev.alphaoctopus.alpha;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alphaoctopus.alpha.AlphaApiException.Problem;
import dev.alphaoctopus.planning.QuarterHour;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fields of a response's {@code data} tolerantly: what is unambiguous is accepted (an
 * unpadded {@code 9:00}, a percentage sent as {@code "95"} or {@code 25.0}); anything else fails
 * with the field and the value the device sent.
 */
final class DataReader {

  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final int MAX_VALUE_CHARS = 40;

  private final String operation;
  private final String prefix;

  DataReader(String operation) {
    this(operation, "");
  }

  private DataReader(String operation, String prefix) {
    this.operation = operation;
    this.prefix = prefix;
  }

  /** A reader for the fields of a nested object, naming them {@code path.field}. */
  DataReader at(String path) {
    return new DataReader(operation, prefix + path + ".");
  }

  /** A time on the 15-minute grid from 00:00 to 23:45; {@code 24:00} is not one. */
  QuarterHour time(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value != null && value.isTextual()) {
      Matcher matcher = TIME.matcher(value.asText().strip());
      if (matcher.matches()) {
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        if (hour < 24 && minute < 60 && minute % QuarterHour.MINUTES == 0) {
          return new QuarterHour(hour * 4 + minute / QuarterHour.MINUTES);
        }
      }
    }
    throw surprising(field, value, "a time HH:mm on the 15-minute grid from 00:00 to 23:45");
  }

  /** A whole number, sent as a number ({@code 25.0} included) or a numeric string. */
  int integer(JsonNode parent, String field, int min, int max) {
    JsonNode value = parent.get(field);
    Double number = null;
    if (value != null && value.isNumber()) {
      number = value.doubleValue();
    } else if (value != null && value.isTextual()) {
      try {
        number = Double.valueOf(value.asText().strip());
      } catch (NumberFormatException e) {
        // reported below with the value
      }
    }
    if (number == null || number != Math.rint(number) || number < min || number > max) {
      throw surprising(field, value, "a whole number from " + min + " to " + max);
    }
    return number.intValue();
  }

  double number(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || !value.isNumber()) {
      throw surprising(field, value, "a number");
    }
    return value.doubleValue();
  }

  String text(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw surprising(field, value, "a text");
    }
    return value.asText();
  }

  /** The text, or empty when the field is absent or null. */
  String optionalText(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  AlphaApiException.MalformedResponse surprising(String field, JsonNode value, String expected) {
    String name = prefix + field;
    String shown = value == null || value.isMissingNode() ? "absent" : abbreviate(value.toString());
    return new AlphaApiException.MalformedResponse(
        new Problem(
            operation,
            AlphaApiException.NO_CODE,
            name + " is " + shown + ", expected " + expected,
            null,
            name),
        null);
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS) + "…";
  }
}
