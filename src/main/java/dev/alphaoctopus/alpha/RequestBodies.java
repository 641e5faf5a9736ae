package dev.alphaoctopus.alpha;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.util.List;

/**
 * The JSON bodies of the writes. Times come from {@code QuarterHour}, so nothing off the grid or
 * unpadded can be sent; every field of a replaced object is always present.
 */
final class RequestBodies {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private RequestBodies() {}

  static ObjectNode dischargeConfig(String sysSn, DischargeConfig config) {
    return JSON.objectNode()
        .put("sysSn", sysSn)
        .put("ctrDis", config.ctrDis())
        .put("timeDisf1", config.timeDisf1())
        .put("timeDise1", config.timeDise1())
        .put("timeDisf2", config.timeDisf2())
        .put("timeDise2", config.timeDise2())
        .put("batUseCap", config.batUseCap());
  }

  static ObjectNode chargeConfig(String sysSn, ChargeConfig config) {
    return JSON.objectNode()
        .put("sysSn", sysSn)
        .put("gridCharge", config.gridCharge())
        .put("timeChaf1", config.timeChaf1())
        .put("timeChae1", config.timeChae1())
        .put("timeChaf2", config.timeChaf2())
        .put("timeChae2", config.timeChae2())
        .put("batHighCap", config.batHighCap());
  }

  /**
   * {@code gridChargeCycle} is left out. That leaving it out keeps the user's grid-charge setting
   * is an unverified assumption: the reference only lists the field as optional, and its read-back
   * always says 0, so the current value cannot be learnt and copied. Leaving it out is the least
   * harmful choice: sending 0 could switch the user's grid charging off, sending 1 could switch it
   * on. Call only with a schedule that passed {@code checkWritable}, so the flag is known.
   */
  static ObjectNode periodicSchedule(String sysSn, PeriodicSchedule schedule) {
    ObjectNode body =
        JSON.objectNode()
            .put("sysSn", sysSn)
            .put("executeCycleType", schedule.executeCycleType())
            .put("ctrDisCycle", schedule.ctrDisCycle().orElseThrow());
    body.set("chargeTimeList", periods(schedule.chargePeriods()));
    body.set("dischargeTimeList", periods(schedule.dischargePeriods()));
    return body;
  }

  private static ArrayNode periods(List<SchedulePeriod> periods) {
    ArrayNode list = JSON.arrayNode();
    for (SchedulePeriod period : periods) {
      ArrayNode weeks = JSON.arrayNode();
      period.weeks().stream().mapToInt(DayOfWeek::getValue).forEach(weeks::add);
      ObjectNode item =
          list.addObject()
              .put("beginTime", period.begin().toString())
              .put("endTime", period.end().toString())
              .put("chargePower", period.chargePower())
              .put("chargeLimit", period.chargeLimit());
      item.set("weeks", weeks);
    }
    return list;
  }
}
