package dev.alphaoctopus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alphaoctopus.alpha.DischargeConfig;
import dev.alphaoctopus.alpha.TimeSlot;
import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.DischargeWindow;
import dev.alphaoctopus.planning.Plan;
import dev.alphaoctopus.planning.ProtectedInterval;
import java.util.List;

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
    DischargeConfig.slotsFor(plan.schedule())
        .ifPresent(slots -> root.set("alpha", legacy(plan.schedule().ctrDis(), slots)));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  /** The time fields of the legacy store; {@code batUseCap} is the user's and not planned. */
  private static ObjectNode legacy(int ctrDis, List<TimeSlot> slots) {
    return MAPPER
        .createObjectNode()
        .put("ctrDis", ctrDis)
        .put("timeDisf1", slots.get(0).from().toString())
        .put("timeDise1", slots.get(0).end().toString())
        .put("timeDisf2", slots.get(1).from().toString())
        .put("timeDise2", slots.get(1).end().toString());
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
