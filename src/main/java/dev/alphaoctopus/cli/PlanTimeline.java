package dev.alphaoctopus.cli;

import dev.alphaoctopus.alpha.DischargeConfig;
import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.Plan;
import dev.alphaoctopus.planning.ProtectedInterval;
import dev.alphaoctopus.planning.QuarterHour;
import dev.alphaoctopus.planning.SlotSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code plan --format text}: the plan as a 24-hour timeline a person can read. */
final class PlanTimeline {

  static final char WINDOW = '=';
  static final char PROTECTED = '#';
  static final char NOT_WRITTEN = '-';
  static final char OUTSIDE_BASELINE = '.';
  static final char PARKED = 'P';

  private static final String INDENT = "    ";
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm xxx", Locale.ENGLISH);
  private static final DateTimeFormatter LOCAL_SECONDS =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss xxx", Locale.ENGLISH);

  private PlanTimeline() {}

  static String render(Plan plan) {
    StringBuilder text = new StringBuilder();
    text.append("Plan at ")
        .append(plan.now())
        .append(" (")
        .append(local(plan.now(), plan.zone()))
        .append(' ')
        .append(plan.zone().getId())
        .append("), for the next 24 hours\n\n");
    protectedIntervals(plan, text);
    schedule(plan.schedule(), text);
    notWritten(plan, text);
    text.append('\n');
    timeline(plan, text);
    return text.toString();
  }

  private static void protectedIntervals(Plan plan, StringBuilder text) {
    if (plan.protectedIntervals().isEmpty()) {
      text.append("Protected: nothing\n");
      return;
    }
    text.append("Protected (dispatches widened by the guards, within the horizon):\n");
    for (ProtectedInterval interval : plan.protectedIntervals()) {
      text.append(INDENT)
          .append(String.format("%-7s", interval.type()))
          .append(local(interval.start(), plan.zone()))
          .append(" -> ")
          .append(local(interval.end(), plan.zone()))
          .append('\n');
    }
  }

  private static void schedule(DischargeSchedule schedule, StringBuilder text) {
    if (!schedule.timeControl()) {
      text.append("Schedule: ctrDis=0, discharge allowed all day\n");
    } else if (schedule.parked()) {
      text.append("Schedule: ctrDis=1, nothing allowed: parked at ")
          .append(schedule.windows().get(0))
          .append(", a window the next plans move on before it is reached\n");
    } else {
      text.append("Schedule: ctrDis=1, discharge only in ")
          .append(
              schedule.windows().stream().map(Object::toString).collect(Collectors.joining(", ")))
          .append('\n');
    }
    DischargeConfig.slotsFor(schedule)
        .ifPresent(
            slots ->
                text.append(
                    String.format(
                        "Legacy store: ctrDis=%d timeDisf1=%s timeDise1=%s timeDisf2=%s timeDise2=%s%n",
                        schedule.ctrDis(),
                        slots.get(0).from(),
                        slots.get(0).end(),
                        slots.get(1).from(),
                        slots.get(1).end())));
  }

  private static void notWritten(Plan plan, StringBuilder text) {
    BitSet labels = plan.allowedSlots().toBitSet();
    for (int label = 0; label < QuarterHour.PER_DAY; label++) {
      if (plan.schedule().permits(label)) {
        labels.clear(label);
      }
    }
    if (!labels.isEmpty()) {
      text.append("Allowed, not written this time: ")
          .append(SlotSet.of(labels))
          .append(" (more runs than windows, or the last quarter hour, which no window can end)\n");
    }
  }

  private static void timeline(Plan plan, StringBuilder text) {
    StringBuilder hours = new StringBuilder(INDENT);
    StringBuilder ticks = new StringBuilder(INDENT);
    for (int hour = 0; hour < 24; hour++) {
      hours.append(String.format("%-4s", String.format("%02d", hour)));
      ticks.append("|   ");
    }
    text.append(hours.toString().stripTrailing()).append('\n');
    text.append(ticks.toString().stripTrailing()).append('\n');
    text.append(INDENT);
    for (int label = 0; label < QuarterHour.PER_DAY; label++) {
      text.append(symbol(plan, label));
    }
    text.append('\n');
    int now = plan.nowLabel().index();
    text.append(" ".repeat(INDENT.length() + now))
        .append("^ now ")
        .append(plan.now().atZone(plan.zone()).toLocalTime().withNano(0))
        .append('\n');
    text.append(
        String.format(
            "%n%s%c discharge window   %c protected   %c allowed, not written   "
                + "%c outside baseline   %c parking window%n",
            INDENT, WINDOW, PROTECTED, NOT_WRITTEN, OUTSIDE_BASELINE, PARKED));
  }

  private static char symbol(Plan plan, int label) {
    DischargeSchedule schedule = plan.schedule();
    if (schedule.parked() && schedule.permits(label)) {
      return PARKED;
    }
    if (schedule.permits(label)) {
      return WINDOW;
    }
    if (plan.protectedSlots().contains(label)) {
      return PROTECTED;
    }
    return plan.allowedSlots().contains(label) ? NOT_WRITTEN : OUTSIDE_BASELINE;
  }

  private static String local(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    return (local.getSecond() == 0 && local.getNano() == 0 ? LOCAL : LOCAL_SECONDS).format(local);
  }
}
