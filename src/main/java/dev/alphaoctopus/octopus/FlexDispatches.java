package dev.alphaoctopus.octopus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alphaoctopus.planning.Dispatch;
import dev.alphaoctopus.planning.DispatchType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps Kraken {@code SmartFlexDispatch} objects to planning dispatches. Every field is checked: a
 * dispatch that cannot be read whole fails the whole list, so bad data never becomes a plan.
 */
public final class FlexDispatches {

  /**
   * Whether each dispatch must carry {@code energyAddedKwh} (null allowed). The client's query asks
   * for it, so a response without it has changed shape; a hand-written bare array may leave it out.
   */
  private enum Energy {
    REQUIRED,
    OPTIONAL
  }

  private FlexDispatches() {}

  /**
   * Reads either a whole GraphQL response ({@code {"data":{"flexPlannedDispatches":[…]}}}), whose
   * dispatches must carry {@code energyAddedKwh}, or a bare array of dispatches, which may omit it.
   */
  public static List<Dispatch> fromResponseOrArray(JsonNode root) {
    if (root != null && root.isObject()) {
      JsonNode errors = root.path("errors");
      if (errors.isArray() && !errors.isEmpty()) {
        JsonNode first = errors.get(0);
        throw new DispatchDataException(
            "the response reports an error: "
                + first.path("extensions").path("errorCode").asText("no code")
                + " "
                + first.path("message").asText(""));
      }
      return read(root.path("data").path("flexPlannedDispatches"), Energy.REQUIRED);
    }
    return read(root, Energy.OPTIONAL);
  }

  /**
   * Reads a JSON array of {@code {start, end, type, energyAddedKwh}} objects as the client's query
   * returns them: {@code energyAddedKwh} must be present, though it may be null.
   */
  public static List<Dispatch> fromArray(JsonNode array) {
    return read(array, Energy.REQUIRED);
  }

  private static List<Dispatch> read(JsonNode array, Energy energy) {
    if (array == null || !array.isArray()) {
      throw new DispatchDataException(
          "expected an array of dispatches or a flexPlannedDispatches response");
    }
    List<Dispatch> dispatches = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      dispatches.add(dispatch(array.get(i), i, energy));
    }
    return List.copyOf(dispatches);
  }

  private static Dispatch dispatch(JsonNode node, int index, Energy energy) {
    if (!node.isObject()) {
      throw new DispatchDataException("dispatch " + index + ": expected an object, got " + node);
    }
    Instant start = instant(node, "start", index);
    Instant end = instant(node, "end", index);
    if (!start.isBefore(end)) {
      throw new DispatchDataException(
          "dispatch " + index + ": end " + end + " is not after start " + start);
    }
    DispatchType type = DispatchType.fromKraken(text(node, "type", index));
    return new Dispatch(start, end, type, energy(node, index, energy));
  }

  private static Instant instant(JsonNode node, String field, int index) {
    String text = text(node, field, index);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new DispatchDataException(
          "dispatch " + index + ": " + field + " \"" + text + "\" is not an ISO-8601 date-time");
    }
  }

  private static String text(JsonNode node, String field, int index) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new DispatchDataException("dispatch " + index + ": missing " + field);
    }
    return value.asText();
  }

  /**
   * Kraken reports charging energy as negative, as a string or a number, or as null. A number is
   * exact only if the parser kept it a decimal rather than a double.
   */
  private static Optional<BigDecimal> energy(JsonNode node, int index, Energy energy) {
    JsonNode value = node.get("energyAddedKwh");
    if (value == null && energy == Energy.REQUIRED) {
      throw new DispatchDataException("dispatch " + index + ": missing energyAddedKwh");
    }
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    try {
      if (value.isNumber()) {
        return Optional.of(value.decimalValue().abs());
      }
      if (value.isTextual()) {
        return Optional.of(new BigDecimal(value.asText().strip()).abs());
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new DispatchDataException(
        "dispatch " + index + ": energyAddedKwh " + value + " is not a number");
  }
}
