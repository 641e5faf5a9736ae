package dev.alphaoctopus.planning;

import java.util.Objects;

/**
 * A writable discharge window on the clock day: {@code 00:00 ≤ start < end ≤ 23:45}, both on the
 * 15-minute grid. It never wraps past midnight.
 */
public record DischargeWindow(QuarterHour start, QuarterHour end)
    implements Comparable<DischargeWindow> {

  public DischargeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.compareTo(end) >= 0) {
      throw new IllegalArgumentException("window must end after it starts: " + start + "-" + end);
    }
  }

  public static DischargeWindow of(String start, String end) {
    return new DischargeWindow(QuarterHour.parse(start), QuarterHour.parse(end));
  }

  /** Whether the label lies in {@code [start, end)}. */
  public boolean covers(int labelIndex) {
    return start.index() <= labelIndex && labelIndex < end.index();
  }

  public boolean overlaps(DischargeWindow other) {
    return start.compareTo(other.end) < 0 && other.start.compareTo(end) < 0;
  }

  @Override
  public int compareTo(DischargeWindow other) {
    return start.compareTo(other.start);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
