package dev.alphaoctopus.alpha;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.DischargeWindow;
import dev.alphaoctopus.planning.QuarterHour;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Conversions from planning schedules never grant a quarter hour the plan does not. */
class ScheduleConversionPropertiesTest {

  @Property
  void a_schedule_that_fits_the_legacy_store_reads_back_unchanged(
      @ForAll("allowedLabels") BitSet allowed, @ForAll @IntRange(min = 0, max = 100) int cutOff) {
    DischargeSchedule schedule = scheduleOf(allowed, DischargeConfig.SLOTS);

    DischargeConfig config = DischargeConfig.fromSchedule(schedule, cutOff).orElseThrow();

    assertThat(config.toSchedule()).contains(schedule);
    assertThat(config.batUseCap()).isEqualTo(cutOff);
    assertThat(
            ResponseData.dischargeConfig(
                new DataReader("getDisChargeConfigInfo"),
                RequestBodies.dischargeConfig(AlphaTestSupport.SN, config)))
        .as("the written body read back as the device answers")
        .isEqualTo(config);
  }

  @Property
  void periodic_discharge_lies_inside_the_plan_and_outside_charge_periods_and_is_writable(
      @ForAll("allowedLabels") BitSet allowed,
      @ForAll("chargePeriods") @Size(max = 3) List<SchedulePeriod> charges) {
    DischargeSchedule schedule = scheduleOf(allowed, DischargeSchedule.MAX_WINDOWS);
    BitSet planned = labels(schedule);
    BitSet charging = new BitSet();
    charges.forEach(period -> charging.or(period.labels()));
    PeriodicSchedule current =
        new PeriodicSchedule(
            PeriodicSchedule.DAILY,
            charges,
            List.of(PeriodicScheduleTest.period("12:00", "12:15")),
            0);
    BitSet free = (BitSet) planned.clone();
    free.andNot(charging);
    if (charges.isEmpty()) {
      assertThat(current.withDischarge(schedule)).as("no charge period to keep").isEmpty();
      return;
    }
    if (schedule.timeControl() && free.isEmpty()) {
      return; // refused, covered by an example test
    }

    PeriodicSchedule next = current.withDischarge(schedule).orElseThrow();

    if (schedule.timeControl()) {
      BitSet written = new BitSet();
      next.dischargePeriods().forEach(period -> written.or(period.labels()));
      BitSet outsidePlan = (BitSet) written.clone();
      outsidePlan.andNot(free);
      assertThat(outsidePlan.isEmpty()).as("discharge granted outside the plan").isTrue();
      assertThat(written.isEmpty()).isFalse();
      assertThat(next.ctrDisCycle()).hasValue(1);
      next.checkWritable();
      assertThat(
              ResponseData.periodicSchedule(
                  new DataReader("getTimeChargeBySn"),
                  RequestBodies.periodicSchedule(AlphaTestSupport.SN, next)))
          .as("the written body read back as the device answers")
          .isEqualTo(next.asReadBack());
    } else {
      assertThat(next.ctrDisCycle()).hasValue(0);
    }
    assertThat(next.chargePeriods()).isEqualTo(charges);
  }

  @Provide
  Arbitrary<BitSet> allowedLabels() {
    return Arbitraries.integers()
        .between(0, QuarterHour.LAST.index() - 1)
        .list()
        .ofMaxSize(40)
        .map(
            indices -> {
              BitSet labels = new BitSet();
              indices.forEach(labels::set);
              return labels;
            });
  }

  @Provide
  Arbitrary<List<SchedulePeriod>> chargePeriods() {
    Arbitrary<Integer> label = Arbitraries.integers().between(0, QuarterHour.LAST.index());
    return Combinators.combine(label, label)
        .filter((begin, end) -> !begin.equals(end))
        .as(
            (begin, end) ->
                new SchedulePeriod(
                    new QuarterHour(begin),
                    new QuarterHour(end),
                    SchedulePeriod.EVERY_DAY,
                    3000,
                    90))
        .list();
  }

  /** The first {@code capacity} runs of allowed labels; none allowed means unrestricted. */
  private static DischargeSchedule scheduleOf(BitSet allowed, int capacity) {
    List<DischargeWindow> windows = new ArrayList<>();
    int start = allowed.nextSetBit(0);
    while (start >= 0 && windows.size() < capacity) {
      int end = allowed.nextClearBit(start);
      windows.add(new DischargeWindow(new QuarterHour(start), new QuarterHour(end)));
      start = allowed.nextSetBit(end);
    }
    return windows.isEmpty() ? DischargeSchedule.unrestricted() : DischargeSchedule.within(windows);
  }

  private static BitSet labels(DischargeSchedule schedule) {
    BitSet labels = new BitSet();
    schedule.windows().forEach(w -> labels.set(w.start().index(), w.end().index()));
    return labels;
  }
}
