package dev.alphaoctopus.alpha;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.DischargeWindow;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DischargeConfigTest {

  private static final DischargeWindow EVENING = DischargeWindow.of("17:00", "21:00");
  private static final DischargeWindow NIGHT = DischargeWindow.of("23:30", "23:45");

  private static List<Object> wireFields(DischargeConfig config) {
    return List.of(
        config.ctrDis(),
        config.timeDisf1(),
        config.timeDise1(),
        config.timeDisf2(),
        config.timeDise2(),
        config.batUseCap());
  }

  @Test
  void unrestricted_discharge_writes_time_control_off_and_every_time_as_midnight() {
    DischargeConfig config =
        DischargeConfig.fromSchedule(DischargeSchedule.unrestricted(), 20).get();

    assertThat(wireFields(config)).containsExactly(0, "00:00", "00:00", "00:00", "00:00", 20);
  }

  @Test
  void one_window_fills_slot_one_and_leaves_slot_two_unused() {
    DischargeConfig config =
        DischargeConfig.fromSchedule(DischargeSchedule.within(List.of(EVENING)), 20).get();

    assertThat(wireFields(config)).containsExactly(1, "17:00", "21:00", "00:00", "00:00", 20);
  }

  @Test
  void two_windows_fill_the_slots_in_time_order() {
    DischargeConfig config =
        DischargeConfig.fromSchedule(DischargeSchedule.within(List.of(NIGHT, EVENING)), 20).get();

    assertThat(wireFields(config)).containsExactly(1, "17:00", "21:00", "23:30", "23:45", 20);
  }

  @Test
  void a_parked_schedule_writes_its_single_window() {
    DischargeConfig config =
        DischargeConfig.fromSchedule(
                DischargeSchedule.parkedAt(DischargeWindow.of("13:30", "13:45")), 20)
            .get();

    assertThat(wireFields(config)).containsExactly(1, "13:30", "13:45", "00:00", "00:00", 20);
  }

  @Test
  void three_windows_do_not_fit_the_legacy_store() {
    DischargeSchedule three =
        DischargeSchedule.within(List.of(DischargeWindow.of("01:00", "02:00"), EVENING, NIGHT));

    assertThat(DischargeConfig.fromSchedule(three, 20)).isEmpty();
  }

  @Test
  void a_new_schedule_keeps_the_users_cut_off() {
    DischargeConfig current = new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 7);

    DischargeConfig next = current.withSchedule(DischargeSchedule.within(List.of(EVENING))).get();

    assertThat(next.batUseCap()).isEqualTo(7);
    assertThat(next.slot1()).isEqualTo(TimeSlot.of(EVENING));
  }

  @Test
  void what_is_written_reads_back_as_the_same_schedule() {
    DischargeSchedule schedule = DischargeSchedule.within(List.of(EVENING, NIGHT));

    assertThat(DischargeConfig.fromSchedule(schedule, 20).get().toSchedule()).contains(schedule);
    assertThat(
            DischargeConfig.fromSchedule(DischargeSchedule.unrestricted(), 20).get().toSchedule())
        .contains(DischargeSchedule.unrestricted());
  }

  @Test
  void time_control_off_reads_as_unrestricted_whatever_the_times() {
    DischargeConfig config =
        new DischargeConfig(0, TimeSlot.of("01:00", "02:00"), TimeSlot.UNUSED, 10);

    assertThat(config.toSchedule()).contains(DischargeSchedule.unrestricted());
  }

  @Test
  void slots_stored_in_reverse_order_read_as_a_sorted_schedule() {
    DischargeConfig config = new DischargeConfig(1, TimeSlot.of(NIGHT), TimeSlot.of(EVENING), 10);

    assertThat(config.toSchedule()).contains(DischargeSchedule.within(List.of(EVENING, NIGHT)));
  }

  @Test
  void an_end_of_day_written_as_midnight_is_not_a_planning_schedule() {
    DischargeConfig config =
        new DischargeConfig(1, TimeSlot.of("17:00", "00:00"), TimeSlot.UNUSED, 10);

    assertThat(config.slot1().wrapsMidnight()).isTrue();
    assertThat(config.toSchedule()).isEmpty();
  }

  @Test
  void a_slot_wrapping_past_midnight_is_not_a_planning_schedule() {
    DischargeConfig config =
        new DischargeConfig(1, TimeSlot.of(EVENING), TimeSlot.of("13:30", "02:45"), 10);

    assertThat(config.toSchedule()).isEmpty();
  }

  @Test
  void time_control_with_every_slot_unused_is_not_a_planning_schedule() {
    DischargeConfig ignoredByInverters =
        new DischargeConfig(1, TimeSlot.UNUSED, TimeSlot.UNUSED, 10);

    assertThat(ignoredByInverters.toSchedule()).isEmpty();
  }

  @Test
  void a_slot_starting_where_it_ends_other_than_midnight_is_not_a_planning_schedule() {
    DischargeConfig config =
        new DischargeConfig(1, TimeSlot.of(EVENING), TimeSlot.of("05:00", "05:00"), 10);

    assertThat(config.slot2().unused()).isFalse();
    assertThat(config.toSchedule()).isEmpty();
  }

  @Test
  void only_midnight_to_midnight_is_an_unused_slot() {
    DischargeConfig config = new DischargeConfig(1, TimeSlot.of(EVENING), TimeSlot.UNUSED, 10);

    assertThat(config.toSchedule()).contains(DischargeSchedule.within(List.of(EVENING)));
  }

  @Test
  void overlapping_slots_are_not_a_planning_schedule() {
    DischargeConfig config =
        new DischargeConfig(1, TimeSlot.of("17:00", "21:00"), TimeSlot.of("20:00", "22:00"), 10);

    assertThat(config.toSchedule()).isEmpty();
  }
}
