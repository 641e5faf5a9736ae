package dev.alphaoctopus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alphaoctopus.alpha.LegacyDischargeWindows;
import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.DischargeWindow;
import dev.alphaoctopus.planning.Plan;
import dev.alphaoctopus.planning.ProtectedInterval;

/** The JSON contract of {@code plan --format json}. */
final class PlanJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanJson() {}

  static String render(Plan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("now", plan.now().toString());
    root.put("zone", plan.zone().getId());
    ArrayNode intervals = root.putArray("protected");
    for (ProtectedInterval interval : plan.protectedIntervals()) {
      intervals
          .addObject()
          .put("start", interval.start().toString())
          .put("end", interval.end().toString())
          .put("type", interval.type().name());
    }
    root.set("schedule", schedule(plan.schedule()));
    LegacyDischargeWindows.fromSchedule(plan.schedule())
        .ifPresent(fields -> root.set("alpha", legacy(fields)));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  private static ObjectNode legacy(LegacyDischargeWindows fields) {
    return MAPPER
        .createObjectNode()
        .put("ctrDis", fields.ctrDis())
        .put("timeDisf1", fields.timeDisf1())
        .put("timeDise1", fields.timeDise1())
        .put("timeDisf2", fields.timeDisf2())
        .put("timeDise2", fields.timeDise2());
  }

  private static ObjectNode schedule(DischargeSchedule schedule) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("ctrDis", schedule.ctrDis());
    ArrayNode windows = node.putArray("windows");
    for (DischargeWindow window : schedule.windows()) {
      windows
          .addObject()
          .put("start", window.start().toString())
          .put("end", window.end().toString());
    }
    node.put("parked", schedule.parked());
    return node;
  }
}
