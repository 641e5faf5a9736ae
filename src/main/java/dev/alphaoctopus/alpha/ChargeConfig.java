package dev.alphaoctopus.alpha;

import java.util.Objects;

/**
 * The legacy grid-charge store ({@code getChargeConfigInfo} / {@code updateChargeConfigInfo}): grid
 * charging on or off, two windows and the SOC at which grid charging stops.
 */
public record ChargeConfig(int gridCharge, TimeSlot slot1, TimeSlot slot2, int batHighCap) {

  public ChargeConfig {
    if (gridCharge != 0 && gridCharge != 1) {
      throw new IllegalArgumentException("gridCharge must be 0 or 1: " + gridCharge);
    }
    Objects.requireNonNull(slot1, "slot1");
    Objects.requireNonNull(slot2, "slot2");
    if (batHighCap < 0 || batHighCap > 100) {
      throw new IllegalArgumentException("batHighCap must be a percentage: " + batHighCap);
    }
  }

  public String timeChaf1() {
    return slot1.from().toString();
  }

  public String timeChae1() {
    return slot1.end().toString();
  }

  public String timeChaf2() {
    return slot2.from().toString();
  }

  public String timeChae2() {
    return slot2.end().toString();
  }
}
