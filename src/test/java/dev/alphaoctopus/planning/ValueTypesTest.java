package dev.alphaoctopus.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValueTypesTest {

  @Test
  void quarter_hours_print_zero_padded_and_parse_back() {
    assertThat(QuarterHour.parse("05:30").index()).isEqualTo(22);
    assertThat(new QuarterHour(22)).hasToString("05:30");
    assertThat(QuarterHour.LAST).hasToString("23:45");
    assertThat(QuarterHour.of(LocalTime.of(23, 45))).isEqualTo(QuarterHour.LAST);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5:30", "05:10", "24:00", "23:60", "0530", "", "05:30:00"})
  void quarter_hours_refuse_anything_off_the_grid_or_not_zero_padded(String text) {
    assertThatThrownBy(() -> QuarterHour.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quarter_hour_indexes_stay_within_the_day() {
    assertThatThrownBy(() -> new QuarterHour(96)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QuarterHour(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_baseline_reads_several_ranges_and_24_00_as_midnight() {
    Baseline baseline = Baseline.parse("00:00-02:00, 05:30-24:00");

    assertThat(baseline.slots()).isEqualTo(slotsOf(0, 8, 22, 96));
    assertThat(baseline).hasToString("[00:00-02:00, 05:30-24:00]");
  }

  @Test
  void a_baseline_range_may_run_through_midnight() {
    assertThat(Baseline.parse("23:00-01:00").slots()).isEqualTo(slotsOf(0, 4, 92, 96));
  }

  @Test
  void the_whole_day_baseline_is_every_label() {
    assertThat(Baseline.parse("00:00-24:00")).isEqualTo(Baseline.WHOLE_DAY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5:30-23:30",
        "05:31-23:30",
        "05:30",
        "05:30-",
        "",
        "05:30-05:30",
        "a-b",
        "05:30-23:30,"
      })
  void a_malformed_baseline_names_the_range_at_fault(String text) {
    assertThatThrownBy(() -> Baseline.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"");
  }

  @Test
  void windows_must_end_after_they_start() {
    assertThatThrownBy(() -> DischargeWindow.of("14:00", "14:00"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DischargeWindow.of("14:00", "13:45"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_schedule_sorts_its_windows_and_refuses_overlaps() {
    DischargeSchedule schedule =
        DischargeSchedule.within(
            List.of(DischargeWindow.of("15:00", "23:45"), DischargeWindow.of("00:00", "14:00")));

    assertThat(schedule.windows())
        .extracting(Object::toString)
        .containsExactly("00:00-14:00", "15:00-23:45");
    assertThatThrownBy(
            () ->
                DischargeSchedule.within(
                    List.of(
                        DischargeWindow.of("00:00", "14:00"),
                        DischargeWindow.of("13:00", "15:00"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_schedule_holds_at_most_six_windows_and_time_control_needs_one() {
    List<DischargeWindow> seven = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      seven.add(new DischargeWindow(new QuarterHour(i * 4), new QuarterHour(i * 4 + 1)));
    }
    assertThatThrownBy(() -> DischargeSchedule.within(seven))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DischargeSchedule.within(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new DischargeSchedule(false, List.of(DischargeWindow.of("00:00", "01:00")), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_schedule_copies_the_list_it_is_given() {
    List<DischargeWindow> windows = new ArrayList<>(List.of(DischargeWindow.of("00:00", "01:00")));
    DischargeSchedule schedule = DischargeSchedule.within(windows);
    windows.clear();

    assertThat(schedule.windows()).hasSize(1);
  }

  @Test
  void without_time_control_every_label_is_permitted() {
    DischargeSchedule schedule = DischargeSchedule.unrestricted();

    assertThat(schedule.ctrDis()).isZero();
    assertThat(schedule.permits(0)).isTrue();
    assertThat(schedule.permits(95)).isTrue();
  }

  @Test
  void a_dispatch_must_end_after_it_starts_and_carry_absolute_energy() {
    Instant start = Instant.parse("2026-03-10T14:00:00Z");

    assertThatThrownBy(() -> new Dispatch(start, start, DispatchType.SMART))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end after it starts");
    assertThatThrownBy(
            () ->
                new Dispatch(
                    start,
                    start.plusSeconds(60),
                    DispatchType.SMART,
                    Optional.of(new BigDecimal("-1.5"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kraken_type_names_map_to_dispatch_types_and_anything_else_is_unknown() {
    assertThat(DispatchType.fromKraken("SMART")).isEqualTo(DispatchType.SMART);
    assertThat(DispatchType.fromKraken("boost")).isEqualTo(DispatchType.BOOST);
    assertThat(DispatchType.fromKraken("TEST")).isEqualTo(DispatchType.TEST);
    assertThat(DispatchType.fromKraken("SOLAR")).isEqualTo(DispatchType.UNKNOWN);
    assertThat(DispatchType.fromKraken("UNKNOWN")).isEqualTo(DispatchType.UNKNOWN);
  }

  @Test
  void slot_sets_are_immutable_copies() {
    java.util.BitSet bits = new java.util.BitSet();
    bits.set(3);
    SlotSet set = SlotSet.of(bits);
    bits.set(4);
    set.toBitSet().set(5);

    assertThat(set.size()).isOne();
    java.util.BitSet beyondTheDay = new java.util.BitSet();
    beyondTheDay.set(96);
    assertThatThrownBy(() -> SlotSet.of(beyondTheDay)).isInstanceOf(IllegalArgumentException.class);
  }

  private static SlotSet slotsOf(int from1, int to1, int from2, int to2) {
    java.util.BitSet bits = new java.util.BitSet();
    bits.set(from1, to1);
    bits.set(from2, to2);
    return SlotSet.of(bits);
  }
}
