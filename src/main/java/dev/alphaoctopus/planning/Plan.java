package dev.alphaoctopus.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The planner's answer for one moment: the schedule to write, and what it was derived from — the
 * protected intervals of the horizon, the labels they block and the labels allowed.
 */
public record Plan(
    Instant now,
    ZoneId zone,
    List<ProtectedInterval> protectedIntervals,
    SlotSet protectedSlots,
    SlotSet allowedSlots,
    DischargeSchedule schedule) {

  public Plan {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(zone, "zone");
    protectedIntervals = List.copyOf(protectedIntervals);
    Objects.requireNonNull(protectedSlots, "protectedSlots");
    Objects.requireNonNull(allowedSlots, "allowedSlots");
    Objects.requireNonNull(schedule, "schedule");
  }

  /** The wall-clock label that {@code now} carries. */
  public QuarterHour nowLabel() {
    return WallClock.labelOf(now, zone);
  }
}
