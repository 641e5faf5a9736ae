package dev.alphaoctopus.alpha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValueTypeRulesTest {

  @Test
  void a_blank_app_secret_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> AppSecret.of(" "));
  }

  @Test
  void the_app_secret_never_shows_in_its_description() {
    assertThat(AppSecret.of("s3cret").toString()).doesNotContain("s3cret");
  }

  @Test
  void discharge_time_control_is_0_or_1() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DischargeConfig(2, TimeSlot.UNUSED, TimeSlot.UNUSED, 10));
  }

  @Test
  void the_cut_off_is_a_percentage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 101));
  }

  @Test
  void grid_charging_is_0_or_1_and_its_target_a_percentage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ChargeConfig(2, TimeSlot.UNUSED, TimeSlot.UNUSED, 90));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ChargeConfig(1, TimeSlot.UNUSED, TimeSlot.UNUSED, -1));
  }

  @Test
  void the_periodic_cycle_type_and_flag_are_0_or_1() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PeriodicSchedule(2, List.of(), List.of(), 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PeriodicSchedule(0, List.of(), List.of(), 2));
  }

  @Test
  void times_going_out_must_be_zero_padded_and_on_the_grid() {
    assertThatIllegalArgumentException().isThrownBy(() -> TimeSlot.of("9:00", "10:00"));
    assertThatIllegalArgumentException().isThrownBy(() -> TimeSlot.of("09:10", "10:00"));
    assertThatIllegalArgumentException().isThrownBy(() -> TimeSlot.of("09:00", "24:00"));
  }
}
