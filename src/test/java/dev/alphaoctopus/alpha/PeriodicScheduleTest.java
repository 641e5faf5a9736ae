package dev.alphaoctopus.alpha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.DischargeWindow;
import dev.alphaoctopus.planning.QuarterHour;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PeriodicScheduleTest {

  private static final SchedulePeriod OVERNIGHT_CHARGE = period("23:30", "05:30", 3000, 90);
  private static final SchedulePeriod EVENING = period("17:00", "21:00", 2500, 20);

  static SchedulePeriod period(String begin, String end) {
    return period(begin, end, 2500, 20);
  }

  static SchedulePeriod period(String begin, String end, int power, int limit) {
    return new SchedulePeriod(
        QuarterHour.parse(begin), QuarterHour.parse(end), SchedulePeriod.EVERY_DAY, power, limit);
  }

  private static PeriodicSchedule schedule(List<SchedulePeriod> charge, List<SchedulePeriod> dis) {
    return new PeriodicSchedule(PeriodicSchedule.DAILY, charge, dis, 0);
  }

  private static DischargeSchedule within(String... ranges) {
    return DischargeSchedule.within(
        Arrays.stream(ranges)
            .map(range -> DischargeWindow.of(range.substring(0, 5), range.substring(6)))
            .toList());
  }

  @Test
  void discharge_windows_become_daily_periods_with_the_users_power_and_limit() {
    PeriodicSchedule current = schedule(List.of(period("02:00", "04:00")), List.of(EVENING));

    PeriodicSchedule next =
        current.withDischarge(within("06:00-08:00", "18:00-22:00")).orElseThrow();

    assertThat(next.dischargePeriods())
        .containsExactly(period("06:00", "08:00", 2500, 20), period("18:00", "22:00", 2500, 20));
    assertThat(next.ctrDisCycle()).hasValue(1);
    assertThat(next.chargePeriods()).containsExactly(period("02:00", "04:00"));
  }

  @Test
  void discharge_windows_give_way_to_the_users_charge_periods() {
    PeriodicSchedule current = schedule(List.of(OVERNIGHT_CHARGE), List.of(EVENING));

    PeriodicSchedule next = current.withDischarge(within("00:00-23:45")).orElseThrow();

    assertThat(next.dischargePeriods()).containsExactly(period("05:30", "23:30"));
    next.checkWritable();
  }

  @Test
  void a_window_split_by_charge_periods_keeps_the_first_six_pieces() {
    List<SchedulePeriod> sevenCharges =
        List.of(
            period("01:00", "01:15"),
            period("02:00", "02:15"),
            period("03:00", "03:15"),
            period("04:00", "04:15"),
            period("05:00", "05:15"),
            period("06:00", "06:15"));
    PeriodicSchedule current = schedule(sevenCharges, List.of(EVENING));

    PeriodicSchedule next = current.withDischarge(within("00:00-08:00")).orElseThrow();

    assertThat(next.dischargePeriods()).hasSize(PeriodicSchedule.MAX_PERIODS_PER_DAY);
    assertThat(next.dischargePeriods().get(5)).isEqualTo(period("05:15", "06:00"));
  }

  @Test
  void a_schedule_wholly_inside_charge_periods_is_refused() {
    PeriodicSchedule current = schedule(List.of(OVERNIGHT_CHARGE), List.of(EVENING));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> current.withDischarge(within("01:00-02:00")));
  }

  @Test
  void unrestricted_discharge_turns_the_flag_off_and_keeps_the_discharge_periods() {
    PeriodicSchedule current =
        new PeriodicSchedule(0, List.of(OVERNIGHT_CHARGE), List.of(EVENING), 1);

    PeriodicSchedule next = current.withDischarge(DischargeSchedule.unrestricted()).orElseThrow();

    assertThat(next.ctrDisCycle()).hasValue(0);
    assertThat(next.dischargePeriods()).containsExactly(EVENING);
  }

  @Test
  void unrestricted_discharge_with_no_discharge_period_adds_an_inert_one_outside_charging() {
    PeriodicSchedule current = schedule(List.of(period("00:00", "05:30")), List.of());

    PeriodicSchedule next = current.withDischarge(DischargeSchedule.unrestricted()).orElseThrow();

    assertThat(next.dischargePeriods())
        .containsExactly(
            period(
                "05:30",
                "05:45",
                PeriodicSchedule.DEFAULT_DISCHARGE_POWER_W,
                PeriodicSchedule.DEFAULT_DISCHARGE_LIMIT));
    next.checkWritable();
  }

  @Test
  void the_written_periods_read_back_as_the_same_schedule_under_the_written_flag() {
    DischargeSchedule desired = within("06:00-08:00", "18:00-22:00");

    PeriodicSchedule next =
        schedule(List.of(OVERNIGHT_CHARGE), List.of(EVENING)).withDischarge(desired).orElseThrow();

    assertThat(next.asReadBack().toSchedule(true)).contains(desired);
  }

  @Test
  void the_flag_written_off_reads_as_unrestricted() {
    assertThat(schedule(List.of(OVERNIGHT_CHARGE), List.of(EVENING)).toSchedule(false))
        .contains(DischargeSchedule.unrestricted());
  }

  @Test
  void the_flag_written_on_reads_the_periods_whatever_the_device_says() {
    PeriodicSchedule readBack =
        PeriodicSchedule.asRead(
            PeriodicSchedule.DAILY, List.of(OVERNIGHT_CHARGE), List.of(EVENING));

    assertThat(readBack.toSchedule(true)).contains(within("17:00-21:00"));
    assertThat(readBack.toSchedule(true)).isNotEqualTo(readBack.toSchedule(false));
  }

  @Test
  void a_device_without_charge_periods_cannot_take_any_schedule_in_the_periodic_store() {
    PeriodicSchedule current = schedule(List.of(), List.of(EVENING));

    assertThat(current.withDischarge(within("17:00-21:00"))).isEmpty();
    assertThat(current.withDischarge(DischargeSchedule.unrestricted())).isEmpty();
  }

  @Test
  void periods_on_some_weekdays_only_are_not_a_planning_schedule() {
    SchedulePeriod weekdays =
        new SchedulePeriod(
            QuarterHour.parse("17:00"),
            QuarterHour.parse("21:00"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            0,
            10);

    assertThat(PeriodicSchedule.asRead(0, List.of(), List.of(weekdays)).toSchedule(true)).isEmpty();
  }

  @Test
  void a_discharge_period_wrapping_midnight_is_not_a_planning_schedule() {
    assertThat(
            PeriodicSchedule.asRead(0, List.of(), List.of(period("22:00", "02:00")))
                .toSchedule(true))
        .isEmpty();
  }

  @Test
  void the_flag_on_without_periods_is_not_a_planning_schedule() {
    assertThat(PeriodicSchedule.asRead(0, List.of(OVERNIGHT_CHARGE), List.of()).toSchedule(true))
        .isEmpty();
  }
}
