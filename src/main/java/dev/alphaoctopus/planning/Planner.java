package dev.alphaoctopus.planning;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns the car's planned charges into Alpha ESS discharge windows for the next 24 hours. A pure
 * function: the same inputs always give the same plan.
 */
public final class Planner {

  public static final Duration HORIZON = Duration.ofHours(24);

  private Planner() {}

  /**
   * Plans the discharge schedule at {@code now} for a site whose clock runs in {@code zone}.
   *
   * @param capacity how many windows the Alpha schedule store holds, 1 to 6
   */
  public static Plan plan(
      Instant now, ZoneId zone, List<Dispatch> dispatches, PlanningPolicy policy, int capacity) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(dispatches, "dispatches");
    Objects.requireNonNull(policy, "policy");
    if (capacity < 1 || capacity > DischargeSchedule.MAX_WINDOWS) {
      throw new IllegalArgumentException("capacity must be 1 to 6 windows: " + capacity);
    }
    List<ProtectedInterval> intervals = protectedIntervals(now, dispatches, policy);
    BitSet protectedLabels = new BitSet(QuarterHour.PER_DAY);
    for (ProtectedInterval interval : intervals) {
      WallClock.markLabels(interval.start(), interval.end(), zone.getRules(), protectedLabels);
    }
    BitSet allowed = policy.baseline().slots().toBitSet();
    allowed.andNot(protectedLabels);
    Instant[] firstOccurrences =
        WallClock.firstOccurrences(now, now.plus(HORIZON), zone.getRules());
    int nowLabel = WallClock.labelOf(now, zone).index();
    return new Plan(
        now,
        zone,
        intervals,
        SlotSet.of(protectedLabels),
        SlotSet.of(allowed),
        schedule(allowed, new Horizon(nowLabel, firstOccurrences), capacity));
  }

  private static List<ProtectedInterval> protectedIntervals(
      Instant now, List<Dispatch> dispatches, PlanningPolicy policy) {
    Instant horizonEnd = now.plus(HORIZON);
    List<ProtectedInterval> intervals = new ArrayList<>();
    for (Dispatch dispatch : dispatches) {
      if (!policy.protects(dispatch.type())) {
        continue;
      }
      Instant start = latest(dispatch.start().minus(policy.guardBefore()), now);
      Instant end = earliest(dispatch.end().plus(policy.guardAfter()), horizonEnd);
      if (start.isBefore(end)) {
        intervals.add(new ProtectedInterval(start, end, dispatch.type()));
      }
    }
    intervals.sort(
        Comparator.comparing(ProtectedInterval::start)
            .thenComparing(ProtectedInterval::end)
            .thenComparing(ProtectedInterval::type));
    return intervals;
  }

  private static DischargeSchedule schedule(BitSet allowed, Horizon horizon, int capacity) {
    if (allowed.cardinality() == QuarterHour.PER_DAY) {
      return DischargeSchedule.unrestricted();
    }
    List<Run> runs = writableRuns(allowed);
    if (runs.isEmpty()) {
      return DischargeSchedule.parkedAt(parkingWindow(horizon));
    }
    return DischargeSchedule.within(
        runs.stream()
            .sorted(horizon.inOrderOfOccurrence())
            .limit(capacity)
            .map(Run::window)
            .toList());
  }

  /** Maximal runs of allowed labels on 00:00 … 24:00, less any that cannot be written. */
  private static List<Run> writableRuns(BitSet allowed) {
    List<Run> runs = new ArrayList<>();
    for (int start = allowed.nextSetBit(0); start >= 0; ) {
      int end = allowed.nextClearBit(start);
      // The API's latest time is 23:45, so a run to midnight loses its last quarter hour.
      int writableEnd = Math.min(end, QuarterHour.LAST.index());
      if (start < writableEnd) {
        runs.add(new Run(start, end, writableEnd));
      }
      start = allowed.nextSetBit(end);
    }
    return runs;
  }

  /**
   * The writable quarter hour the horizon reaches last — on most days the one just before now's, or
   * 23:30 when that is 23:45, which cannot start a window; across a clock change, one the horizon
   * never reaches. The next plan moves it on long before it comes.
   */
  private static DischargeWindow parkingWindow(Horizon horizon) {
    int label = horizon.lastReachedWritableLabel();
    return new DischargeWindow(new QuarterHour(label), new QuarterHour(label + 1));
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Labels {@code [start, end)} allowed, written as {@code start … writableEnd}. */
  private record Run(int start, int end, int writableEnd) {

    DischargeWindow window() {
      return new DischargeWindow(new QuarterHour(start), new QuarterHour(writableEnd));
    }
  }

  /** When each label next comes, from now on: the order in which runs are written. */
  private record Horizon(int nowLabel, Instant[] firstOccurrences) {

    /**
     * Of the labels that can start a window, the last one reached; on a tie, the nearest before
     * now's.
     */
    int lastReachedWritableLabel() {
      int latest = -1;
      for (int back = 1; back <= QuarterHour.PER_DAY; back++) {
        int label = Math.floorMod(nowLabel - back, QuarterHour.PER_DAY);
        if (label != QuarterHour.LAST.index() && (latest < 0 || comesLater(label, latest))) {
          latest = label;
        }
      }
      return latest;
    }

    /** Whether label {@code a} is first reached after label {@code b}; never reached is latest. */
    private boolean comesLater(int a, int b) {
      Instant first = firstOccurrences[a];
      Instant other = firstOccurrences[b];
      return other != null && (first == null || first.isAfter(other));
    }

    /**
     * The run containing now comes first, then the others as they first come after now; runs the
     * horizon never reaches follow in clock order from now.
     */
    Comparator<Run> inOrderOfOccurrence() {
      return Comparator.comparing(
              this::firstComing, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(run -> Math.floorMod(run.start() - nowLabel, QuarterHour.PER_DAY));
    }

    private Instant firstComing(Run run) {
      Instant earliest = null;
      for (int label = run.start(); label < run.end(); label++) {
        Instant first = firstOccurrences[label];
        if (first != null && (earliest == null || first.isBefore(earliest))) {
          earliest = first;
        }
      }
      return earliest;
    }
  }
}
