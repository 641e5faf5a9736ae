package dev.alphaoctopus.alpha;

import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.DischargeWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The legacy discharge store ({@code getDisChargeConfigInfo} / {@code updateDisChargeConfigInfo}):
 * time control, two windows and the cut-off SOC. A write replaces all of it, so a new config is
 * always derived from the one read, keeping the user's {@code batUseCap}. The writer compares
 * device configs, not planning schedules: a parked schedule does not read back parked.
 */
public record DischargeConfig(int ctrDis, TimeSlot slot1, TimeSlot slot2, int batUseCap) {

  public static final int SLOTS = 2;

  public DischargeConfig {
    if (ctrDis != 0 && ctrDis != 1) {
      throw new IllegalArgumentException("ctrDis must be 0 or 1: " + ctrDis);
    }
    Objects.requireNonNull(slot1, "slot1");
    Objects.requireNonNull(slot2, "slot2");
    if (batUseCap < 0 || batUseCap > 100) {
      throw new IllegalArgumentException("batUseCap must be a percentage: " + batUseCap);
    }
  }

  /**
   * The config that writes {@code schedule}, keeping {@code batUseCap}. Empty when the schedule has
   * more windows than slots.
   */
  public static Optional<DischargeConfig> fromSchedule(DischargeSchedule schedule, int batUseCap) {
    return slotsFor(schedule)
        .map(
            slots -> new DischargeConfig(schedule.ctrDis(), slots.get(0), slots.get(1), batUseCap));
  }

  /**
   * The two slots that write {@code schedule}: windows in slot order, unused slots and every time
   * under {@code ctrDis=0} as {@code 00:00}. Empty when the schedule has more windows than slots.
   */
  public static Optional<List<TimeSlot>> slotsFor(DischargeSchedule schedule) {
    List<DischargeWindow> windows = schedule.windows();
    if (windows.size() > SLOTS) {
      return Optional.empty();
    }
    TimeSlot slot1 = windows.size() > 0 ? TimeSlot.of(windows.get(0)) : TimeSlot.UNUSED;
    TimeSlot slot2 = windows.size() > 1 ? TimeSlot.of(windows.get(1)) : TimeSlot.UNUSED;
    return Optional.of(List.of(slot1, slot2));
  }

  /** This config with its time control and windows replaced, the cut-off SOC kept. */
  public Optional<DischargeConfig> withSchedule(DischargeSchedule schedule) {
    return fromSchedule(schedule, batUseCap);
  }

  /**
   * What the config permits, as a planning schedule. Empty when the device holds something a
   * planning schedule cannot say, so it can never look equal to one: a slot that wraps past
   * midnight (including an end of {@code 00:00}), a start equal to the end other than the unused
   * {@code 00:00-00:00}, overlapping slots, or time control with no window (which inverters
   * ignore). The result is never parked: the device does not know why a window is there.
   */
  public Optional<DischargeSchedule> toSchedule() {
    if (ctrDis == 0) {
      return Optional.of(DischargeSchedule.unrestricted());
    }
    List<DischargeWindow> windows = new ArrayList<>(SLOTS);
    for (TimeSlot slot : List.of(slot1, slot2)) {
      if (slot.unused()) {
        continue;
      }
      Optional<DischargeWindow> window = slot.window();
      if (window.isEmpty()) {
        return Optional.empty();
      }
      windows.add(window.get());
    }
    if (windows.isEmpty() || (windows.size() == 2 && windows.get(0).overlaps(windows.get(1)))) {
      return Optional.empty();
    }
    return Optional.of(DischargeSchedule.within(windows));
  }

  public String timeDisf1() {
    return slot1.from().toString();
  }

  public String timeDise1() {
    return slot1.end().toString();
  }

  public String timeDisf2() {
    return slot2.from().toString();
  }

  public String timeDise2() {
    return slot2.end().toString();
  }
}
