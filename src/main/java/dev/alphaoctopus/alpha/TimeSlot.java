package dev.alphaoctopus.alpha;

import dev.alphaoctopus.planning.DischargeWindow;
import dev.alphaoctopus.planning.QuarterHour;
import java.util.Objects;
import java.util.Optional;

/**
 * One from/end pair of the legacy stores, exactly as the device holds it. {@code 00:00-00:00} marks
 * an unused slot, because the API has no empty value; the reference vouches for no other equal
 * pair, so one such as {@code 05:00-05:00} is neither unused nor a window. A start after the end
 * wraps past midnight; an end of {@code 00:00} after a later start is such a wrap.
 */
public record TimeSlot(QuarterHour from, QuarterHour end) {

  public static final TimeSlot UNUSED = new TimeSlot(QuarterHour.MIDNIGHT, QuarterHour.MIDNIGHT);

  public TimeSlot {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(end, "end");
  }

  /** Strict: zero-padded {@code HH:mm} on the 15-minute grid. */
  public static TimeSlot of(String from, String end) {
    return new TimeSlot(QuarterHour.parse(from), QuarterHour.parse(end));
  }

  public static TimeSlot of(DischargeWindow window) {
    return new TimeSlot(window.start(), window.end());
  }

  public boolean unused() {
    return equals(UNUSED);
  }

  public boolean wrapsMidnight() {
    return from.compareTo(end) > 0;
  }

  /** The planning window of a used slot that stays within the day. */
  public Optional<DischargeWindow> window() {
    return from.compareTo(end) < 0 ? Optional.of(new DischargeWindow(from, end)) : Optional.empty();
  }

  @Override
  public String toString() {
    return from + "-" + end;
  }
}
