package dev.alphaoctopus.alpha;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns the {@code data} of each read operation into its value type. */
final class ResponseData {

  private ResponseData() {}

  static List<EssSystem> essList(DataReader reader, JsonNode data) {
    if (!data.isArray()) {
      throw reader.surprising("data", data, "an array of systems");
    }
    List<EssSystem> systems = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      JsonNode system = data.get(i);
      DataReader at = reader.at("data[" + i + "]");
      if (!system.isObject()) {
        throw reader.surprising("data[" + i + "]", system, "an object");
      }
      systems.add(
          new EssSystem(
              at.text(system, "sysSn"),
              at.optionalText(system, "minv"),
              at.optionalText(system, "mbat"),
              at.optionalText(system, "emsStatus")));
    }
    return List.copyOf(systems);
  }

  static DischargeConfig dischargeConfig(DataReader reader, JsonNode data) {
    JsonNode config = object(reader, data);
    return new DischargeConfig(
        reader.integer(config, "ctrDis", 0, 1),
        new TimeSlot(reader.time(config, "timeDisf1"), reader.time(config, "timeDise1")),
        new TimeSlot(reader.time(config, "timeDisf2"), reader.time(config, "timeDise2")),
        reader.integer(config, "batUseCap", 0, 100));
  }

  static ChargeConfig chargeConfig(DataReader reader, JsonNode data) {
    JsonNode config = object(reader, data);
    return new ChargeConfig(
        reader.integer(config, "gridCharge", 0, 1),
        new TimeSlot(reader.time(config, "timeChaf1"), reader.time(config, "timeChae1")),
        new TimeSlot(reader.time(config, "timeChaf2"), reader.time(config, "timeChae2")),
        reader.integer(config, "batHighCap", 0, 100));
  }

  /**
   * A missing cycle type reads as daily and a missing list as empty. {@code ctrDisCycle} is not
   * read: the device answers 0 whatever was written, so the flag is left unknown.
   */
  static PeriodicSchedule periodicSchedule(DataReader reader, JsonNode data) {
    JsonNode schedule = object(reader, data);
    return PeriodicSchedule.asRead(
        schedule.hasNonNull("executeCycleType")
            ? reader.integer(schedule, "executeCycleType", 0, 1)
            : PeriodicSchedule.DAILY,
        periods(reader, schedule, "chargeTimeList"),
        periods(reader, schedule, "dischargeTimeList"));
  }

  static PowerData powerData(DataReader reader, JsonNode data) {
    JsonNode power = object(reader, data);
    return new PowerData(
        reader.number(power, "soc"),
        reader.number(power, "pbat"),
        reader.number(power, "pload"),
        reader.number(power, "pgrid"),
        reader.number(power, "pev"));
  }

  private static JsonNode object(DataReader reader, JsonNode data) {
    if (!data.isObject()) {
      throw reader.surprising("data", data, "an object");
    }
    return data;
  }

  private static List<SchedulePeriod> periods(DataReader reader, JsonNode parent, String field) {
    JsonNode list = parent.get(field);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw reader.surprising(field, list, "an array of periods");
    }
    List<SchedulePeriod> periods = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String path = field + "[" + i + "]";
      JsonNode period = list.get(i);
      if (!period.isObject()) {
        throw reader.surprising(path, period, "an object");
      }
      DataReader at = reader.at(path);
      periods.add(
          new SchedulePeriod(
              at.time(period, "beginTime"),
              at.time(period, "endTime"),
              weeks(at, period),
              at.integer(period, "chargePower", 0, Integer.MAX_VALUE),
              at.integer(period, "chargeLimit", 0, 100)));
    }
    return periods;
  }

  /** Weekdays 1 (Monday) to 7, as an array or a comma-separated text. */
  private static Set<DayOfWeek> weeks(DataReader reader, JsonNode period) {
    JsonNode value = period.get("weeks");
    List<String> items = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(item -> items.add(item.asText()));
    } else if (value != null && value.isTextual()) {
      items.addAll(List.of(value.asText().split(",")));
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String item : items) {
      String day = item.strip();
      if (!day.matches("[1-7]")) {
        throw reader.surprising("weeks", value, "weekdays from 1 (Monday) to 7");
      }
      days.add(DayOfWeek.of(Integer.parseInt(day)));
    }
    if (days.isEmpty()) {
      throw reader.surprising("weeks", value, "weekdays from 1 (Monday) to 7");
    }
    return days;
  }
}
