package dev.alphaoctopus.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Checks the invariants of DESIGN §2.3 against a brute-force oracle that labels every whole minute
 * of each protected interval with {@code ZonedDateTime}, independently of the planner's arithmetic.
 */
class PlannerPropertiesTest {

  private static final List<ZoneId> ZONES =
      List.of(
              "Europe/London",
              "Europe/Berlin",
              "America/New_York",
              "America/St_Johns",
              "Asia/Kolkata",
              "Asia/Kathmandu",
              "Australia/Lord_Howe",
              "Pacific/Chatham",
              "UTC")
          .stream()
          .map(ZoneId::of)
          .toList();

  record Scenario(
      Instant now, ZoneId zone, List<Dispatch> dispatches, PlanningPolicy policy, int capacity) {}

  @Property(tries = 600)
  void protected_labels_are_exactly_those_some_protected_instant_carries(
      @ForAll("scenarios") Scenario s) {
    Plan plan = plan(s);

    assertThat(plan.protectedSlots()).isEqualTo(SlotSet.of(oracleProtected(s)));
    BitSet allowed = s.policy().baseline().slots().toBitSet();
    allowed.andNot(oracleProtected(s));
    assertThat(plan.allowedSlots()).isEqualTo(SlotSet.of(allowed));
  }

  @Property(tries = 600)
  void no_window_covers_a_protected_label_or_leaves_the_baseline(@ForAll("scenarios") Scenario s) {
    Plan plan = plan(s);
    DischargeSchedule schedule = plan.schedule();
    BitSet protectedLabels = oracleProtected(s);

    if (schedule.parked()) {
      return;
    }
    for (int label = 0; label < QuarterHour.PER_DAY; label++) {
      if (schedule.permits(label)) {
        assertThat(protectedLabels.get(label)).as("label %s protected", label).isFalse();
        assertThat(s.policy().baseline().contains(label))
            .as("label %s in baseline", label)
            .isTrue();
      }
    }
  }

  @Property(tries = 600)
  void windows_lie_on_the_grid_within_the_day_and_the_capacity(@ForAll("scenarios") Scenario s) {
    DischargeSchedule schedule = plan(s).schedule();

    assertThat(schedule.windows()).hasSizeLessThanOrEqualTo(s.capacity());
    for (DischargeWindow window : schedule.windows()) {
      String start = window.start().toString();
      String end = window.end().toString();
      assertThat(start).matches("([01][0-9]|2[0-3]):(00|15|30|45)");
      assertThat(end).matches("([01][0-9]|2[0-3]):(00|15|30|45)");
      assertThat(start).isLessThan(end);
      assertThat(end).isLessThanOrEqualTo("23:45");
    }
  }

  @Property(tries = 600)
  void the_schedule_keeps_the_most_the_rules_permit(@ForAll("scenarios") Scenario s) {
    assertThat(plan(s).schedule()).isEqualTo(oracleSchedule(s));
  }

  @Property(tries = 300)
  void labels_the_horizon_never_carries_keep_their_baseline_value(@ForAll("scenarios") Scenario s) {
    Plan plan = plan(s);
    BitSet occurring = new BitSet();
    for (Instant t = s.now(); t.isBefore(s.now().plus(Planner.HORIZON)); t = nextMinute(t)) {
      occurring.set(label(t, s.zone()));
    }

    for (int label = occurring.nextClearBit(0);
        label < QuarterHour.PER_DAY;
        label = occurring.nextClearBit(label + 1)) {
      assertThat(plan.allowedSlots().contains(label))
          .isEqualTo(s.policy().baseline().contains(label));
    }
  }

  @Property(tries = 300)
  void the_plan_depends_only_on_the_inputs(@ForAll("scenarios") Scenario s) {
    List<Dispatch> shuffled = new ArrayList<>(s.dispatches());
    Collections.shuffle(shuffled, new Random(s.now().getEpochSecond()));

    assertThat(Planner.plan(s.now(), s.zone(), shuffled, s.policy(), s.capacity()))
        .isEqualTo(plan(s));
  }

  @Property(tries = 600)
  void a_parking_window_is_not_reached_for_at_least_23_hours(@ForAll("scenarios") Scenario s) {
    DischargeSchedule schedule = plan(s).schedule();
    if (!schedule.parked()) {
      return;
    }
    Instant reached = oracleFirstOccurrences(s)[schedule.windows().get(0).start().index()];

    if (reached != null) {
      assertThat(reached).isAfterOrEqualTo(s.now().plus(Duration.ofHours(23)));
    }
    assertThat(schedule.permits(label(s.now(), s.zone()))).isFalse();
  }

  private static Plan plan(Scenario s) {
    return Planner.plan(s.now(), s.zone(), s.dispatches(), s.policy(), s.capacity());
  }

  // --- the oracle ---

  private static BitSet oracleProtected(Scenario s) {
    BitSet labels = new BitSet();
    Instant horizonEnd = s.now().plus(Planner.HORIZON);
    for (Dispatch dispatch : s.dispatches()) {
      if (dispatch.type() == DispatchType.BOOST && !s.policy().protectBoost()) {
        continue;
      }
      Instant from = max(dispatch.start().minus(s.policy().guardBefore()), s.now());
      Instant to = min(dispatch.end().plus(s.policy().guardAfter()), horizonEnd);
      for (Instant t = from; t.isBefore(to); t = nextMinute(t)) {
        labels.set(label(t, s.zone()));
      }
    }
    return labels;
  }

  /** When each label is first carried by a whole minute of the horizon (or by now itself). */
  private static Instant[] oracleFirstOccurrences(Scenario s) {
    Instant[] first = new Instant[QuarterHour.PER_DAY];
    for (Instant t = s.now(); t.isBefore(s.now().plus(Planner.HORIZON)); t = nextMinute(t)) {
      int label = label(t, s.zone());
      if (first[label] == null) {
        first[label] = t;
      }
    }
    return first;
  }

  /**
   * Runs in the order they are first reached after now (never reached: last, in clock order from
   * now), as many as the store holds; with none writable, the writable label reached last.
   */
  private static DischargeSchedule oracleSchedule(Scenario s) {
    BitSet allowed = s.policy().baseline().slots().toBitSet();
    allowed.andNot(oracleProtected(s));
    if (allowed.cardinality() == QuarterHour.PER_DAY) {
      return DischargeSchedule.unrestricted();
    }
    Instant[] first = oracleFirstOccurrences(s);
    int now = label(s.now(), s.zone());
    Instant never = Instant.MAX;
    List<int[]> runs = new ArrayList<>();
    for (int start = 0; start < QuarterHour.PER_DAY; start++) {
      if (allowed.get(start) && (start == 0 || !allowed.get(start - 1))) {
        int end = start;
        while (end < QuarterHour.PER_DAY && allowed.get(end)) {
          end++;
        }
        if (start < Math.min(end, QuarterHour.PER_DAY - 1)) {
          runs.add(new int[] {start, end});
        }
      }
    }
    if (runs.isEmpty()) {
      int park = -1;
      for (int back = 1; back <= QuarterHour.PER_DAY; back++) {
        int label = Math.floorMod(now - back, QuarterHour.PER_DAY);
        Instant reached = first[label] == null ? never : first[label];
        if (label < QuarterHour.PER_DAY - 1
            && (park < 0 || reached.isAfter(first[park] == null ? never : first[park]))) {
          park = label;
        }
      }
      return DischargeSchedule.parkedAt(
          new DischargeWindow(new QuarterHour(park), new QuarterHour(park + 1)));
    }
    runs.sort(
        java.util.Comparator.<int[], Instant>comparing(
                run -> {
                  Instant reached = never;
                  for (int label = run[0]; label < run[1]; label++) {
                    if (first[label] != null && first[label].isBefore(reached)) {
                      reached = first[label];
                    }
                  }
                  return reached;
                })
            .thenComparingInt(run -> Math.floorMod(run[0] - now, QuarterHour.PER_DAY)));
    List<DischargeWindow> kept = new ArrayList<>();
    for (int[] run : runs.subList(0, Math.min(s.capacity(), runs.size()))) {
      kept.add(
          new DischargeWindow(
              new QuarterHour(run[0]), new QuarterHour(Math.min(run[1], QuarterHour.PER_DAY - 1))));
    }
    return DischargeSchedule.within(kept);
  }

  private static int label(Instant instant, ZoneId zone) {
    LocalTime time = instant.atZone(zone).toLocalTime();
    return time.getHour() * 4 + time.getMinute() / 15;
  }

  private static Instant nextMinute(Instant t) {
    return t.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  // --- generators ---

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.of(ZONES)
        .flatMap(
            zone ->
                nowIn(zone)
                    .flatMap(
                        now ->
                            Combinators.combine(
                                    Arbitraries.just(now),
                                    Arbitraries.just(zone),
                                    dispatchesAround(now),
                                    policies(),
                                    Arbitraries.integers()
                                        .between(1, DischargeSchedule.MAX_WINDOWS))
                                .as(Scenario::new)));
  }

  /** Any moment of 2020-2035, or one close to a clock change of the zone. */
  private static Arbitrary<Instant> nowIn(ZoneId zone) {
    Arbitrary<Instant> any =
        Arbitraries.longs()
            .between(
                Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2035-01-01T00:00:00Z").getEpochSecond())
            .map(Instant::ofEpochSecond);
    Arbitrary<Instant> nearClockChange =
        Combinators.combine(any, Arbitraries.longs().between(-30 * 3600, 6 * 3600))
            .as(
                (instant, offset) -> {
                  ZoneOffsetTransition change = zone.getRules().nextTransition(instant);
                  return change == null ? instant : change.getInstant().plusSeconds(offset);
                });
    return Arbitraries.oneOf(any, nearClockChange);
  }

  private static Arbitrary<List<Dispatch>> dispatchesAround(Instant now) {
    Arbitrary<Dispatch> dispatch =
        Combinators.combine(
                Arbitraries.longs().between(-8 * 3600, 30 * 3600),
                Arbitraries.longs().between(1, 8 * 3600),
                Arbitraries.of(DispatchType.class))
            .as(
                (startOffset, length, type) ->
                    new Dispatch(
                        now.plusSeconds(startOffset), now.plusSeconds(startOffset + length), type));
    return dispatch.list().ofMinSize(0).ofMaxSize(8);
  }

  private static Arbitrary<PlanningPolicy> policies() {
    Arbitrary<Duration> guard =
        Arbitraries.oneOf(
            Arbitraries.just(Duration.ZERO),
            Arbitraries.longs().between(0, 7200).map(Duration::ofSeconds));
    return Combinators.combine(baselines(), guard, guard, Arbitraries.of(true, false))
        .as(PlanningPolicy::new);
  }

  private static Arbitrary<Baseline> baselines() {
    Arbitrary<String> range =
        Combinators.combine(
                Arbitraries.integers().between(0, 95), Arbitraries.integers().between(1, 95))
            .as(
                (start, length) -> {
                  int end = start + length;
                  return new QuarterHour(start)
                      + "-"
                      + (end == QuarterHour.PER_DAY
                          ? "24:00"
                          : new QuarterHour(end % QuarterHour.PER_DAY).toString());
                });
    Arbitrary<Baseline> ranges =
        range.list().ofMinSize(1).ofMaxSize(3).map(list -> Baseline.parse(String.join(",", list)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just(Baseline.WHOLE_DAY)),
        net.jqwik.api.Tuple.of(3, ranges));
  }
}
