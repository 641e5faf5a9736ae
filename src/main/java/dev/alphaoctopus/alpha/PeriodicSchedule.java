package dev.alphaoctopus.alpha;

import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.DischargeWindow;
import dev.alphaoctopus.planning.QuarterHour;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The periodic store ({@code getTimeChargeBySn} / {@code setTimeChargeBySn}): charge and discharge
 * periods and the discharge-control flag. {@code gridChargeCycle} is not modelled; why a write
 * leaves it out is said where the body is built ({@code RequestBodies}).
 *
 * <p>The device reads {@code ctrDisCycle} back as 0 whatever was written (reference §3.4), so a
 * schedule read from it has the flag absent, never a made-up 0; take the flag from your own record
 * of what was written. The writer compares device configs (periods), not planning schedules.
 */
public record PeriodicSchedule(
    int executeCycleType,
    List<SchedulePeriod> chargePeriods,
    List<SchedulePeriod> dischargePeriods,
    OptionalInt ctrDisCycle) {

  public static final int DAILY = 0;
  public static final int WEEKLY = 1;
  public static final int MAX_PERIODS_PER_DAY = 6;
  public static final int MAX_PERIODS_PER_WEEK = 28;
  public static final int MIN_CHARGE_LIMIT = 10;

  /** Used for new discharge periods only when the device holds none to copy from. */
  static final int DEFAULT_DISCHARGE_POWER_W = 0;

  static final int DEFAULT_DISCHARGE_LIMIT = MIN_CHARGE_LIMIT;

  public PeriodicSchedule {
    if (executeCycleType != DAILY && executeCycleType != WEEKLY) {
      throw new IllegalArgumentException("executeCycleType must be 0 or 1: " + executeCycleType);
    }
    chargePeriods = List.copyOf(chargePeriods);
    dischargePeriods = List.copyOf(dischargePeriods);
    Objects.requireNonNull(ctrDisCycle, "ctrDisCycle");
    if (ctrDisCycle.isPresent() && ctrDisCycle.getAsInt() != 0 && ctrDisCycle.getAsInt() != 1) {
      throw new IllegalArgumentException("ctrDisCycle must be 0 or 1: " + ctrDisCycle);
    }
  }

  /** A schedule to write, with the discharge-control flag it sets. */
  public PeriodicSchedule(
      int executeCycleType,
      List<SchedulePeriod> chargePeriods,
      List<SchedulePeriod> dischargePeriods,
      int ctrDisCycle) {
    this(executeCycleType, chargePeriods, dischargePeriods, OptionalInt.of(ctrDisCycle));
  }

  /** A schedule as the device reads it back: the periods, the flag unknown. */
  public static PeriodicSchedule asRead(
      int executeCycleType,
      List<SchedulePeriod> chargePeriods,
      List<SchedulePeriod> dischargePeriods) {
    return new PeriodicSchedule(
        executeCycleType, chargePeriods, dischargePeriods, OptionalInt.empty());
  }

  /** What the device reads back once this is applied: the same periods, the flag unknown. */
  public PeriodicSchedule asReadBack() {
    return asRead(executeCycleType, chargePeriods, dischargePeriods);
  }

  /**
   * The schedule that writes {@code schedule}, keeping the user's charge periods. Inside a charge
   * period the battery does not discharge anyway, so discharge windows lose the labels charge
   * periods cover (the API refuses overlaps); a window left with more pieces than the store holds
   * keeps the first ones. Without time control the discharge periods are kept as they are (the list
   * may not be empty), or, if there are none, one inert quarter hour outside every charge period
   * stands in.
   *
   * <p>Empty when the device has no charge period: the periodic store needs at least one charge
   * period and none is set, so use the legacy store. No charge period is ever made up here: one
   * would block discharge and might charge from the grid.
   *
   * @throws IllegalArgumentException when charge periods cover every window of the schedule
   */
  public Optional<PeriodicSchedule> withDischarge(DischargeSchedule schedule) {
    if (chargePeriods.isEmpty()) {
      return Optional.empty();
    }
    BitSet charging = chargeLabels();
    // New discharge periods take power and limit from the user's first one.
    SchedulePeriod template =
        dischargePeriods.isEmpty() ? placeholder(QuarterHour.MIDNIGHT) : dischargePeriods.get(0);
    List<SchedulePeriod> discharge;
    if (schedule.timeControl()) {
      BitSet allowed = new BitSet(QuarterHour.PER_DAY);
      schedule.windows().forEach(w -> allowed.set(w.start().index(), w.end().index()));
      allowed.andNot(charging);
      discharge = runs(allowed, template);
      if (discharge.isEmpty()) {
        throw new IllegalArgumentException(
            "charge periods " + chargePeriods + " cover every window of " + schedule);
      }
    } else if (!dischargePeriods.isEmpty()) {
      discharge = dischargePeriods;
    } else {
      discharge = List.of(placeholder(firstFreeLabel(charging)));
    }
    return Optional.of(
        new PeriodicSchedule(executeCycleType, chargePeriods, discharge, schedule.ctrDis()));
  }

  /**
   * The discharge permission as a planning schedule under the time-control flag as the caller wrote
   * it, since the device cannot say. Empty when the periods say something a planning schedule
   * cannot: a period not on every day, one that wraps past midnight, overlapping periods, or time
   * control with no period.
   */
  public Optional<DischargeSchedule> toSchedule(boolean timeControlAsWritten) {
    if (!timeControlAsWritten) {
      return Optional.of(DischargeSchedule.unrestricted());
    }
    List<DischargeWindow> windows = new ArrayList<>();
    for (SchedulePeriod period : dischargePeriods) {
      if (!period.weeks().equals(SchedulePeriod.EVERY_DAY)
          || period.begin().compareTo(period.end()) >= 0) {
        return Optional.empty();
      }
      windows.add(new DischargeWindow(period.begin(), period.end()));
    }
    windows.sort(null);
    for (int i = 1; i < windows.size(); i++) {
      if (windows.get(i - 1).overlaps(windows.get(i))) {
        return Optional.empty();
      }
    }
    if (windows.isEmpty() || windows.size() > DischargeSchedule.MAX_WINDOWS) {
      return Optional.empty();
    }
    return Optional.of(DischargeSchedule.within(windows));
  }

  /**
   * Refuses what the API rejects (6001, 6008): empty lists, more than six periods a day in a list
   * or, on a weekly cycle, more than 28 a week, empty periods, a charge limit outside [10, 100],
   * negative power, and charge and discharge periods that overlap on a shared weekday. Refuses an
   * unknown {@code ctrDisCycle} too: a schedule read back must not be written as it stands.
   */
  void checkWritable() {
    if (ctrDisCycle.isEmpty()) {
      throw new IllegalArgumentException(
          "ctrDisCycle is unknown: a schedule read from the device does not say it");
    }
    checkList("chargeTimeList", chargePeriods);
    checkList("dischargeTimeList", dischargePeriods);
    for (SchedulePeriod charge : chargePeriods) {
      for (SchedulePeriod discharge : dischargePeriods) {
        if (charge.overlaps(discharge)) {
          throw new IllegalArgumentException(
              "charge period " + charge + " overlaps discharge period " + discharge);
        }
      }
    }
  }

  private void checkList(String name, List<SchedulePeriod> periods) {
    if (periods.isEmpty()) {
      throw new IllegalArgumentException(name + " may not be empty");
    }
    int perWeek = periods.stream().mapToInt(period -> period.weeks().size()).sum();
    if (executeCycleType == WEEKLY && perWeek > MAX_PERIODS_PER_WEEK) {
      throw new IllegalArgumentException(
          name + " has " + perWeek + " periods a week, at most " + MAX_PERIODS_PER_WEEK);
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      long count = periods.stream().filter(p -> p.weeks().contains(day)).count();
      if (count > MAX_PERIODS_PER_DAY) {
        throw new IllegalArgumentException(
            name + " has " + count + " periods on " + day + ", at most " + MAX_PERIODS_PER_DAY);
      }
    }
    for (SchedulePeriod period : periods) {
      if (period.begin().equals(period.end())) {
        throw new IllegalArgumentException(name + " has an empty period " + period);
      }
      if (period.chargeLimit() < MIN_CHARGE_LIMIT || period.chargeLimit() > 100) {
        throw new IllegalArgumentException(
            name + " has chargeLimit outside [10, 100] in " + period);
      }
      if (period.chargePower() < 0) {
        throw new IllegalArgumentException(name + " has negative chargePower in " + period);
      }
    }
  }

  private BitSet chargeLabels() {
    BitSet labels = new BitSet(QuarterHour.PER_DAY);
    chargePeriods.forEach(period -> labels.or(period.labels()));
    return labels;
  }

  private static List<SchedulePeriod> runs(BitSet allowed, SchedulePeriod template) {
    List<SchedulePeriod> periods = new ArrayList<>();
    int start = allowed.nextSetBit(0);
    while (start >= 0 && periods.size() < MAX_PERIODS_PER_DAY) {
      int end = allowed.nextClearBit(start);
      periods.add(
          new SchedulePeriod(
              new QuarterHour(start),
              new QuarterHour(end),
              SchedulePeriod.EVERY_DAY,
              template.chargePower(),
              template.chargeLimit()));
      start = allowed.nextSetBit(end);
    }
    return periods;
  }

  private static QuarterHour firstFreeLabel(BitSet charging) {
    int label = charging.nextClearBit(0);
    if (label >= QuarterHour.LAST.index()) {
      throw new IllegalArgumentException("charge periods leave no quarter hour free");
    }
    return new QuarterHour(label);
  }

  private static SchedulePeriod placeholder(QuarterHour start) {
    return new SchedulePeriod(
        start,
        new QuarterHour(start.index() + 1),
        SchedulePeriod.EVERY_DAY,
        DEFAULT_DISCHARGE_POWER_W,
        DEFAULT_DISCHARGE_LIMIT);
  }
}
