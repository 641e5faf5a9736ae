package dev.alphaoctopus.planning;

import java.util.List;

/**
 * What the Alpha ESS discharge settings should say. With time control off ({@code ctrDis=0}) the
 * battery may discharge at any time and there are no windows; with it on, only inside the windows,
 * which are sorted and never overlap. A parked schedule holds one quarter-hour window placed where
 * it will not be reached, because a schedule with no window at all is ignored by inverters.
 */
public record DischargeSchedule(
    boolean timeControl, List<DischargeWindow> windows, boolean parked) {

  /** The most windows any Alpha schedule store holds (the periodic store). */
  public static final int MAX_WINDOWS = 6;

  public DischargeSchedule {
    windows = List.copyOf(windows);
    if (!timeControl && (!windows.isEmpty() || parked)) {
      throw new IllegalArgumentException("without time control there are no windows: " + windows);
    }
    if (timeControl && windows.isEmpty()) {
      throw new IllegalArgumentException("time control needs at least one window");
    }
    if (windows.size() > MAX_WINDOWS) {
      throw new IllegalArgumentException("at most " + MAX_WINDOWS + " windows: " + windows);
    }
    if (parked && windows.size() != 1) {
      throw new IllegalArgumentException("a parked schedule has exactly one window: " + windows);
    }
    for (int i = 1; i < windows.size(); i++) {
      if (windows.get(i - 1).end().compareTo(windows.get(i).start()) > 0) {
        throw new IllegalArgumentException("windows must be sorted and apart: " + windows);
      }
    }
  }

  /** Discharge allowed all day: time control off. */
  public static DischargeSchedule unrestricted() {
    return new DischargeSchedule(false, List.of(), false);
  }

  public static DischargeSchedule within(List<DischargeWindow> windows) {
    return new DischargeSchedule(true, windows.stream().sorted().toList(), false);
  }

  public static DischargeSchedule parkedAt(DischargeWindow window) {
    return new DischargeSchedule(true, List.of(window), true);
  }

  /** The Alpha {@code ctrDis} flag. */
  public int ctrDis() {
    return timeControl ? 1 : 0;
  }

  /** Whether discharge is permitted in the label by this schedule as written. */
  public boolean permits(int labelIndex) {
    return !timeControl || windows.stream().anyMatch(window -> window.covers(labelIndex));
  }

  @Override
  public String toString() {
    return "ctrDis=" + ctrDis() + " " + windows + (parked ? " parked" : "");
  }
}
