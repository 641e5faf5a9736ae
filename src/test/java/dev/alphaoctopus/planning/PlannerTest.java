package dev.alphaoctopus.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlannerTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Worked examples on a March day in London (GMT, so UTC times read as wall-clock times). */
  @Nested
  class On_an_ordinary_day {

    @Test
    void no_dispatches_turn_time_control_off() {
      Plan plan = plan("2026-03-10T13:02:00Z", List.of());

      assertThat(plan.schedule()).isEqualTo(DischargeSchedule.unrestricted());
      assertThat(plan.schedule().ctrDis()).isZero();
      assertThat(plan.protectedIntervals()).isEmpty();
    }

    @Test
    void a_daytime_dispatch_splits_the_day_into_two_windows() {
      Plan plan = plan("2026-03-10T13:02:00Z", List.of(smart("2026-03-10T14:00", "15:00")));

      assertThat(windows(plan)).isEqualTo("00:00-14:00, 15:00-23:45");
      assertThat(plan.schedule().ctrDis()).isOne();
      assertThat(plan.protectedIntervals())
          .containsExactly(
              new ProtectedInterval(
                  Instant.parse("2026-03-10T14:00:00Z"),
                  Instant.parse("2026-03-10T15:00:00Z"),
                  DispatchType.SMART));
    }

    @Test
    void a_dispatch_in_progress_protects_from_now() {
      Plan plan = plan("2026-03-10T14:20:00Z", List.of(smart("2026-03-10T14:00", "15:00")));

      assertThat(plan.protectedIntervals().get(0).start())
          .isEqualTo(Instant.parse("2026-03-10T14:20:00Z"));
      assertThat(windows(plan)).isEqualTo("00:00-14:15, 15:00-23:45");
      assertThat(plan.schedule().permits(label("14:15"))).isFalse();
    }

    @Test
    void a_dispatch_across_midnight_blocks_both_ends_of_the_clock_day() {
      Plan plan =
          plan("2026-03-10T20:00:00Z", List.of(smart("2026-03-10T23:00", "2026-03-11T01:00")));

      assertThat(windows(plan)).isEqualTo("01:00-23:00");
    }

    @Test
    void overlapping_and_abutting_dispatches_block_as_one() {
      Plan plan =
          plan(
              "2026-03-10T13:02:00Z",
              List.of(
                  smart("2026-03-11T01:30", "04:00"),
                  smart("2026-03-11T04:00", "04:12"),
                  smart("2026-03-11T03:00", "05:00")));

      assertThat(windows(plan)).isEqualTo("00:00-01:30, 05:00-23:45");
    }

    @Test
    void a_three_minute_sliver_blocks_its_whole_quarter_hour() {
      Plan plan = plan("2026-03-10T12:00:00Z", List.of(smart("2026-03-10T13:20", "13:23")));

      assertThat(windows(plan)).isEqualTo("00:00-13:15, 13:30-23:45");
    }

    @Test
    void unaligned_times_round_outward_so_windows_shrink_inward() {
      Plan plan = plan("2026-03-10T05:00:00Z", List.of(smart("2026-03-10T07:07:06", "16:43:40")));

      assertThat(windows(plan)).isEqualTo("00:00-07:00, 16:45-23:45");
    }

    @Test
    void a_run_to_midnight_ends_at_23_45() {
      Plan plan = plan("2026-03-10T12:00:00Z", List.of(smart("2026-03-11T00:00", "06:00")));

      assertThat(windows(plan)).isEqualTo("06:00-23:45");
    }

    @Test
    void dispatches_beyond_the_horizon_or_already_over_are_ignored() {
      Plan plan =
          plan(
              "2026-03-10T13:02:00Z",
              List.of(smart("2026-03-11T14:00", "15:00"), smart("2026-03-10T10:00", "13:02")));

      assertThat(plan.schedule()).isEqualTo(DischargeSchedule.unrestricted());
    }

    @Test
    void a_dispatch_reaching_past_the_horizon_protects_only_up_to_its_end() {
      Plan plan = plan("2026-03-10T13:02:00Z", List.of(smart("2026-03-11T12:30", "14:00")));

      assertThat(plan.protectedIntervals().get(0).end())
          .isEqualTo(Instant.parse("2026-03-11T13:02:00Z"));
      assertThat(windows(plan)).isEqualTo("00:00-12:30, 13:15-23:45");
    }
  }

  @Nested
  class With_more_runs_than_the_store_holds {

    private final List<Dispatch> fiveDispatches =
        List.of(
            smart("2026-03-11T02:00", "03:00"),
            smart("2026-03-11T06:00", "07:00"),
            smart("2026-03-11T10:00", "11:00"),
            smart("2026-03-10T14:00", "15:00"),
            smart("2026-03-10T18:00", "19:00"));

    @Test
    void two_windows_keep_the_run_containing_now_and_the_next_one() {
      Plan plan = plan("2026-03-10T12:30:00Z", fiveDispatches, 2);

      assertThat(windows(plan)).isEqualTo("11:00-14:00, 15:00-18:00");
    }

    @Test
    void four_windows_continue_past_midnight_in_order_of_occurrence() {
      Plan plan = plan("2026-03-10T12:30:00Z", fiveDispatches, 4);

      assertThat(windows(plan)).isEqualTo("00:00-02:00, 11:00-14:00, 15:00-18:00, 19:00-23:45");
    }

    @Test
    void six_windows_hold_every_run() {
      Plan plan = plan("2026-03-10T12:30:00Z", fiveDispatches, 6);

      assertThat(windows(plan))
          .isEqualTo(
              "00:00-02:00, 03:00-06:00, 07:00-10:00, 11:00-14:00, 15:00-18:00, 19:00-23:45");
    }

    @Test
    void when_now_is_protected_the_next_runs_come_first() {
      Plan plan = plan("2026-03-10T14:30:00Z", fiveDispatches, 2);

      assertThat(windows(plan)).isEqualTo("15:00-18:00, 19:00-23:45");
    }
  }

  @Nested
  class With_a_baseline {

    private final PlanningPolicy evening = policy("05:30-23:30");

    @Test
    void night_dispatches_outside_the_baseline_change_nothing() {
      Plan plan =
          Planner.plan(
              at("2026-03-10T13:02:00Z"),
              LONDON,
              List.of(
                  smart("2026-03-10T23:30", "2026-03-11T05:30"),
                  smart("2026-03-11T01:00", "04:00")),
              evening,
              2);

      assertThat(windows(plan)).isEqualTo("05:30-23:30");
      assertThat(plan.schedule().ctrDis()).isOne();
    }

    @Test
    void a_daytime_dispatch_splits_the_baseline() {
      Plan plan =
          Planner.plan(
              at("2026-03-10T13:02:00Z"),
              LONDON,
              List.of(smart("2026-03-10T14:00", "15:00")),
              evening,
              2);

      assertThat(windows(plan)).isEqualTo("05:30-14:00, 15:00-23:30");
    }

    @Test
    void runs_are_never_merged_across_a_gap_in_the_baseline() {
      Plan plan =
          Planner.plan(
              at("2026-03-10T13:02:00Z"), LONDON, List.of(), policy("01:00-03:00,04:00-06:00"), 2);

      assertThat(windows(plan)).isEqualTo("01:00-03:00, 04:00-06:00");
    }

    @Test
    void a_baseline_that_allows_only_the_last_quarter_hour_parks() {
      Plan plan =
          Planner.plan(at("2026-03-10T13:02:00Z"), LONDON, List.of(), policy("23:45-24:00"), 2);

      assertThat(plan.schedule().parked()).isTrue();
    }
  }

  @Nested
  class When_everything_is_protected {

    @Test
    void one_parking_window_sits_just_before_now() {
      Plan plan =
          plan("2026-03-10T13:02:00Z", List.of(smart("2026-03-10T12:00", "2026-03-11T14:00")));

      assertThat(plan.schedule().parked()).isTrue();
      assertThat(plan.schedule().ctrDis()).isOne();
      assertThat(windows(plan)).isEqualTo("12:45-13:00");
    }

    @Test
    void just_after_midnight_the_parking_window_is_23_30_because_23_45_cannot_start_one() {
      Plan plan =
          plan("2026-03-10T00:05:00Z", List.of(smart("2026-03-09T23:00", "2026-03-11T02:00")));

      assertThat(windows(plan)).isEqualTo("23:30-23:45");
      assertThat(plan.schedule().parked()).isTrue();
    }

    @Test
    void the_parking_window_never_covers_now() {
      Plan plan =
          plan("2026-03-10T13:14:59Z", List.of(smart("2026-03-10T12:00", "2026-03-11T14:00")));

      assertThat(plan.schedule().permits(plan.nowLabel().index())).isFalse();
    }
  }

  @Nested
  class With_boost_charges {

    private final List<Dispatch> boost =
        List.of(
            new Dispatch(
                at("2026-03-10T14:00:00Z"), at("2026-03-10T15:00:00Z"), DispatchType.BOOST));

    @Test
    void boost_is_protected_by_default() {
      Plan plan =
          Planner.plan(at("2026-03-10T13:02:00Z"), LONDON, boost, PlanningPolicy.DEFAULT, 2);

      assertThat(windows(plan)).isEqualTo("00:00-14:00, 15:00-23:45");
      assertThat(plan.protectedIntervals())
          .extracting(ProtectedInterval::type)
          .containsExactly(DispatchType.BOOST);
    }

    @Test
    void boost_is_ignored_when_protect_boost_is_off() {
      PlanningPolicy unprotected =
          new PlanningPolicy(Baseline.WHOLE_DAY, Duration.ZERO, Duration.ZERO, false);

      Plan plan = Planner.plan(at("2026-03-10T13:02:00Z"), LONDON, boost, unprotected, 2);

      assertThat(plan.schedule()).isEqualTo(DischargeSchedule.unrestricted());
      assertThat(plan.protectedIntervals()).isEmpty();
    }

    @Test
    void test_and_unknown_charges_stay_protected_when_protect_boost_is_off() {
      PlanningPolicy unprotected =
          new PlanningPolicy(Baseline.WHOLE_DAY, Duration.ZERO, Duration.ZERO, false);
      List<Dispatch> others =
          List.of(
              new Dispatch(
                  at("2026-03-10T14:00:00Z"), at("2026-03-10T15:00:00Z"), DispatchType.TEST),
              new Dispatch(
                  at("2026-03-10T16:00:00Z"), at("2026-03-10T17:00:00Z"), DispatchType.UNKNOWN));

      Plan plan = Planner.plan(at("2026-03-10T13:02:00Z"), LONDON, others, unprotected, 3);

      assertThat(windows(plan)).isEqualTo("00:00-14:00, 15:00-16:00, 17:00-23:45");
    }
  }

  @Nested
  class With_guards {

    @Test
    void guards_widen_each_dispatch_before_rounding() {
      PlanningPolicy guarded =
          new PlanningPolicy(
              Baseline.WHOLE_DAY, Duration.ofMinutes(15), Duration.ofMinutes(5), true);

      Plan plan =
          Planner.plan(
              at("2026-03-10T12:00:00Z"),
              LONDON,
              List.of(smart("2026-03-10T14:00", "15:00")),
              guarded,
              2);

      assertThat(plan.protectedIntervals().get(0))
          .isEqualTo(
              new ProtectedInterval(
                  at("2026-03-10T13:45:00Z"), at("2026-03-10T15:05:00Z"), DispatchType.SMART));
      assertThat(windows(plan)).isEqualTo("00:00-13:45, 15:15-23:45");
    }

    @Test
    void a_guard_reaching_back_past_now_protects_from_now() {
      PlanningPolicy guarded =
          new PlanningPolicy(Baseline.WHOLE_DAY, Duration.ofMinutes(30), Duration.ZERO, true);

      Plan plan =
          Planner.plan(
              at("2026-03-10T13:50:00Z"),
              LONDON,
              List.of(smart("2026-03-10T14:00", "15:00")),
              guarded,
              2);

      assertThat(plan.protectedIntervals().get(0).start()).isEqualTo(at("2026-03-10T13:50:00Z"));
      assertThat(windows(plan)).isEqualTo("00:00-13:45, 15:00-23:45");
    }

    @Test
    void a_guard_can_bring_a_dispatch_just_past_the_horizon_into_it() {
      PlanningPolicy guarded =
          new PlanningPolicy(Baseline.WHOLE_DAY, Duration.ofMinutes(30), Duration.ZERO, true);

      Plan plan =
          Planner.plan(
              at("2026-03-10T13:00:00Z"),
              LONDON,
              List.of(smart("2026-03-11T13:15", "14:00")),
              guarded,
              2);

      assertThat(windows(plan)).isEqualTo("00:00-12:45, 13:00-23:45");
    }

    @Test
    void guards_beyond_six_hours_or_negative_are_refused() {
      assertThatThrownBy(
              () ->
                  new PlanningPolicy(Baseline.WHOLE_DAY, Duration.ofHours(7), Duration.ZERO, true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("guardBefore");
      assertThatThrownBy(
              () ->
                  new PlanningPolicy(
                      Baseline.WHOLE_DAY, Duration.ZERO, Duration.ofMinutes(-1), true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("guardAfter");
    }
  }

  /** Europe/London changes clocks on 2027-03-28 at 01:00 UTC and on 2027-10-31 at 01:00 UTC. */
  @Nested
  class Across_a_clock_change {

    @Test
    void spring_forward_protects_labels_on_both_sides_of_the_skipped_hour() {
      // 00:30-01:00 GMT, then 02:00-02:30 BST; 01:00-01:45 never occur tonight.
      Plan plan = plan("2027-03-27T12:00:00Z", 3, smart("2027-03-28T00:30", "01:30"));

      assertThat(plan.protectedSlots()).isEqualTo(slots("00:30", "00:45", "02:00", "02:15"));
      assertThat(windows(plan)).isEqualTo("00:00-00:30, 01:00-02:00, 02:30-23:45");
    }

    @Test
    void spring_forward_labels_that_do_not_occur_keep_their_baseline_value() {
      Plan plan =
          Planner.plan(
              at("2027-03-27T12:00:00Z"),
              LONDON,
              List.of(smart("2027-03-28T00:30", "01:30")),
              policy("00:00-01:30,02:30-24:00"),
              3);

      assertThat(windows(plan)).isEqualTo("00:00-00:30, 01:00-01:30, 02:30-23:45");
    }

    @Test
    void spring_forward_a_dispatch_tomorrow_blocks_the_label_now_carries_today() {
      // 11:00Z on Sunday is 12:00 BST: the same label as Saturday's 12:00 GMT.
      Plan plan = plan("2027-03-27T12:00:00Z", 2, smart("2027-03-28T11:00", "11:30"));

      assertThat(plan.protectedSlots()).isEqualTo(slots("12:00", "12:15"));
      assertThat(plan.schedule().permits(plan.nowLabel().index())).isFalse();
      assertThat(windows(plan)).isEqualTo("00:00-12:00, 12:30-23:45");
    }

    @Test
    void fall_back_protects_each_occurrence_of_the_repeated_hour_as_it_happens() {
      // 00:30Z-01:00Z is 01:30-02:00 BST; 01:00Z-01:15Z is 01:00-01:15 GMT.
      Plan plan = plan("2027-10-30T12:00:00Z", 3, smart("2027-10-31T00:30", "01:15"));

      assertThat(plan.protectedSlots()).isEqualTo(slots("01:00", "01:30", "01:45"));
      assertThat(windows(plan)).isEqualTo("00:00-01:00, 01:15-01:30, 02:00-23:45");
    }

    @Test
    void fall_back_with_two_windows_keeps_now_and_then_the_earliest() {
      Plan plan = plan("2027-10-30T12:00:00Z", 2, smart("2027-10-31T00:30", "01:15"));

      assertThat(windows(plan)).isEqualTo("00:00-01:00, 02:00-23:45");
    }

    @Test
    void fall_back_labels_missing_from_a_23_hour_horizon_keep_their_baseline_value() {
      // The horizon 13:00 BST Saturday to 12:00 GMT Sunday never carries 12:00-12:45.
      Plan plan = plan("2027-10-30T12:00:00Z", 2, smart("2027-10-30T12:00", "2027-10-31T12:00"));

      assertThat(plan.allowedSlots()).isEqualTo(slots("12:00", "12:15", "12:30", "12:45"));
      assertThat(windows(plan)).isEqualTo("12:00-13:00");
    }

    @Test
    void in_the_repeated_hour_the_parking_window_goes_where_the_clock_comes_last() {
      // At 01:50 BST the label before now's, 01:30, comes again 40 minutes later as 01:30 GMT.
      Plan plan = plan("2027-10-31T00:50:00Z", 2, smart("2027-10-30T20:00", "2027-11-01T06:00"));

      assertThat(plan.schedule().parked()).isTrue();
      assertThat(windows(plan)).isEqualTo("00:45-01:00");
    }

    @Test
    void in_the_repeated_hour_runs_are_kept_in_the_order_they_really_come() {
      // 01:00 GMT comes ten minutes after now (01:50 BST); 00:00 only tomorrow.
      Plan plan =
          plan(
              "2027-10-31T00:50:00Z",
              2,
              smart("2027-10-31T00:45", "01:00"),
              smart("2027-10-31T02:00", "02:15"),
              smart("2027-11-01T00:30", "00:50"));

      assertThat(windows(plan)).isEqualTo("01:00-01:45, 02:15-23:45");
    }
  }

  @Nested
  class In_other_zones {

    /** Berlin is UTC+1 in March, Kolkata UTC+05:30 and Kathmandu UTC+05:45. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "Europe/Berlin,  2026-03-10T12:00:00Z, 2026-03-10T14:00, 15:00, '00:00-15:00, 16:00-23:45'",
      "Asia/Kolkata,   2026-03-10T06:00:00Z, 2026-03-10T08:45, 09:15, '00:00-14:15, 14:45-23:45'",
      "Asia/Kathmandu, 2026-03-10T06:00:00Z, 2026-03-10T08:20, 08:40, '00:00-14:00, 14:30-23:45'",
    })
    void plans_are_made_in_the_site_s_own_wall_clock_time(
        String zone, String now, String start, String end, String expected) {
      Plan plan =
          Planner.plan(
              at(now), ZoneId.of(zone), List.of(smart(start, end)), PlanningPolicy.DEFAULT, 2);

      assertThat(windows(plan)).isEqualTo(expected);
    }
  }

  @Nested
  class Its_inputs {

    @Test
    void a_capacity_outside_one_to_six_is_refused() {
      assertThatThrownBy(
              () ->
                  Planner.plan(
                      at("2026-03-10T13:02:00Z"), LONDON, List.of(), PlanningPolicy.DEFAULT, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("capacity");
      assertThatThrownBy(
              () ->
                  Planner.plan(
                      at("2026-03-10T13:02:00Z"), LONDON, List.of(), PlanningPolicy.DEFAULT, 7))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_order_of_dispatches_does_not_matter() {
      List<Dispatch> dispatches =
          new ArrayList<>(
              List.of(smart("2026-03-10T14:00", "15:00"), smart("2026-03-10T18:00", "19:30")));
      Plan forward = plan("2026-03-10T13:02:00Z", dispatches);
      java.util.Collections.reverse(dispatches);

      assertThat(plan("2026-03-10T13:02:00Z", dispatches)).isEqualTo(forward);
    }
  }

  private static Plan plan(String now, List<Dispatch> dispatches) {
    return plan(now, dispatches, 2);
  }

  private static Plan plan(String now, List<Dispatch> dispatches, int capacity) {
    return Planner.plan(at(now), LONDON, dispatches, PlanningPolicy.DEFAULT, capacity);
  }

  private static Plan plan(String now, int capacity, Dispatch... dispatches) {
    return plan(now, List.of(dispatches), capacity);
  }

  private static PlanningPolicy policy(String baseline) {
    return new PlanningPolicy(Baseline.parse(baseline), Duration.ZERO, Duration.ZERO, true);
  }

  /** A SMART dispatch given in UTC; an end without a date shares the start's date. */
  static Dispatch smart(String start, String end) {
    String date = start.substring(0, 11);
    Instant from = Instant.parse(withSeconds(start) + "Z");
    Instant to = Instant.parse(withSeconds(end.contains("T") ? end : date + end) + "Z");
    return new Dispatch(from, to, DispatchType.SMART);
  }

  private static String withSeconds(String dateTime) {
    return dateTime.length() == 16 ? dateTime + ":00" : dateTime;
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static int label(String time) {
    return QuarterHour.parse(time).index();
  }

  private static SlotSet slots(String... times) {
    java.util.BitSet bits = new java.util.BitSet();
    for (String time : times) {
      bits.set(label(time));
    }
    return SlotSet.of(bits);
  }

  private static String windows(Plan plan) {
    return plan.schedule().windows().stream()
        .map(Object::toString)
        .collect(Collectors.joining(", "));
  }
}
