package dev.alphaoctopus.alpha;

import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.DischargeWindow;
import java.util.List;
import java.util.Optional;

/**
 * The legacy discharge store's time fields ({@code getDisChargeConfigInfo}): a flag and two
 * windows, an unused window written as {@code 00:00}-{@code 00:00} because the API has no empty
 * value.
 */
public record LegacyDischargeWindows(
    int ctrDis, String timeDisf1, String timeDise1, String timeDisf2, String timeDise2) {

  public static final int CAPACITY = 2;
  private static final String UNUSED = "00:00";

  /** The fields for a schedule, or empty when it has more windows than the legacy store holds. */
  public static Optional<LegacyDischargeWindows> fromSchedule(DischargeSchedule schedule) {
    List<DischargeWindow> windows = schedule.windows();
    if (windows.size() > CAPACITY) {
      return Optional.empty();
    }
    return Optional.of(
        new LegacyDischargeWindows(
            schedule.ctrDis(),
            start(windows, 0),
            end(windows, 0),
            start(windows, 1),
            end(windows, 1)));
  }

  private static String start(List<DischargeWindow> windows, int index) {
    return index < windows.size() ? windows.get(index).start().toString() : UNUSED;
  }

  private static String end(List<DischargeWindow> windows, int index) {
    return index < windows.size() ? windows.get(index).end().toString() : UNUSED;
  }
}
