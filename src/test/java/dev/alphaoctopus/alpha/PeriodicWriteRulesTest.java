package dev.alphaoctopus.alpha;

import static dev.alphaoctopus.alpha.PeriodicScheduleTest.period;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.alphaoctopus.planning.QuarterHour;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What the periodic store refuses (6001, 6008) is refused before sending. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PeriodicWriteRulesTest {

  private static final SchedulePeriod OVERNIGHT_CHARGE = period("23:30", "05:30", 3000, 90);
  private static final SchedulePeriod EVENING = period("17:00", "21:00", 2500, 20);

  private static PeriodicSchedule schedule(List<SchedulePeriod> charge, List<SchedulePeriod> dis) {
    return new PeriodicSchedule(PeriodicSchedule.DAILY, charge, dis, 0);
  }

  @Test
  void a_schedule_read_back_with_its_flag_unknown_is_not_writable() {
    PeriodicSchedule readBack =
        PeriodicSchedule.asRead(
            PeriodicSchedule.DAILY, List.of(OVERNIGHT_CHARGE), List.of(EVENING));

    assertThatIllegalArgumentException()
        .isThrownBy(readBack::checkWritable)
        .withMessageContaining("ctrDisCycle is unknown");
  }

  @Test
  void more_than_28_periods_a_week_are_not_writable_on_a_weekly_cycle() {
    List<SchedulePeriod> fiveDaily =
        IntStream.range(0, 5)
            .mapToObj(hour -> period("0" + hour + ":00", "0" + hour + ":30"))
            .toList();

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new PeriodicSchedule(
                        PeriodicSchedule.WEEKLY, List.of(period("20:00", "21:00")), fiveDaily, 0)
                    .checkWritable())
        .withMessageContaining("35 periods a week");
  }

  @Test
  void exactly_28_periods_a_week_are_writable_on_a_weekly_cycle() {
    List<SchedulePeriod> fourDaily =
        IntStream.range(0, 4)
            .mapToObj(hour -> period("0" + hour + ":00", "0" + hour + ":30"))
            .toList();

    new PeriodicSchedule(PeriodicSchedule.WEEKLY, List.of(period("20:00", "21:00")), fourDaily, 0)
        .checkWritable();
  }

  @Test
  void the_weekly_limit_does_not_apply_to_a_daily_cycle() {
    List<SchedulePeriod> fiveDaily =
        IntStream.range(0, 5)
            .mapToObj(hour -> period("0" + hour + ":00", "0" + hour + ":30"))
            .toList();

    schedule(List.of(period("20:00", "21:00")), fiveDaily).checkWritable();
  }

  @Test
  void an_empty_list_is_not_writable() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> schedule(List.of(), List.of(EVENING)).checkWritable())
        .withMessageContaining("chargeTimeList may not be empty");
  }

  @Test
  void seven_periods_on_one_day_are_not_writable() {
    List<SchedulePeriod> seven =
        IntStream.range(0, 7)
            .mapToObj(hour -> period("0" + hour + ":00", "0" + hour + ":30"))
            .toList();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> schedule(List.of(period("20:00", "21:00")), seven).checkWritable())
        .withMessageContaining("7 periods");
  }

  @Test
  void six_periods_on_one_day_are_writable() {
    List<SchedulePeriod> six =
        IntStream.range(0, 6)
            .mapToObj(hour -> period("0" + hour + ":00", "0" + hour + ":30"))
            .toList();

    schedule(List.of(period("20:00", "21:00")), six).checkWritable();
  }

  @Test
  void charge_and_discharge_periods_overlapping_on_a_shared_day_are_not_writable() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                schedule(List.of(OVERNIGHT_CHARGE), List.of(period("05:00", "06:00")))
                    .checkWritable())
        .withMessageContaining("overlaps");
  }

  @Test
  void charge_and_discharge_periods_on_different_days_may_share_a_time() {
    SchedulePeriod mondayCharge =
        new SchedulePeriod(
            QuarterHour.parse("17:00"),
            QuarterHour.parse("21:00"),
            EnumSet.of(DayOfWeek.MONDAY),
            3000,
            90);
    SchedulePeriod sundayDischarge =
        new SchedulePeriod(
            QuarterHour.parse("17:00"),
            QuarterHour.parse("21:00"),
            EnumSet.of(DayOfWeek.SUNDAY),
            0,
            10);

    schedule(List.of(mondayCharge), List.of(sundayDischarge)).checkWritable();
  }

  @Test
  void a_charge_limit_below_ten_percent_is_not_writable() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                schedule(List.of(OVERNIGHT_CHARGE), List.of(period("17:00", "21:00", 0, 5)))
                    .checkWritable())
        .withMessageContaining("chargeLimit");
  }

  @Test
  void an_empty_period_is_not_writable() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                schedule(List.of(OVERNIGHT_CHARGE), List.of(period("17:00", "17:00")))
                    .checkWritable())
        .withMessageContaining("empty period");
  }

  @Test
  void a_period_needs_at_least_one_weekday() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new SchedulePeriod(
                    QuarterHour.MIDNIGHT, QuarterHour.LAST, Collections.emptySet(), 0, 10));
  }
}
