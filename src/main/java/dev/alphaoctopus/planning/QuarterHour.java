package dev.alphaoctopus.planning;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * One of the 96 quarter-hour labels {@code 00:00 … 23:45} of the Alpha ESS clock day. The index
 * counts quarters from midnight.
 */
public record QuarterHour(int index) implements Comparable<QuarterHour> {

  public static final int PER_DAY = 96;
  public static final int MINUTES = 15;
  public static final QuarterHour MIDNIGHT = new QuarterHour(0);
  public static final QuarterHour LAST = new QuarterHour(PER_DAY - 1);

  private static final DateTimeFormatter HH_MM =
      DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

  public QuarterHour {
    if (index < 0 || index >= PER_DAY) {
      throw new IllegalArgumentException("quarter-hour index must be 0..95: " + index);
    }
  }

  /** The label of a wall-clock time that lies exactly on the 15-minute grid. */
  public static QuarterHour of(LocalTime time) {
    if (time.getMinute() % MINUTES != 0 || time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException("time is off the 15-minute grid: " + time);
    }
    return new QuarterHour(time.getHour() * 4 + time.getMinute() / MINUTES);
  }

  /** Parses a zero-padded {@code HH:mm} on the 15-minute grid, such as {@code 05:30}. */
  public static QuarterHour parse(String text) {
    try {
      return of(LocalTime.parse(text, HH_MM));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected a zero-padded time HH:mm, got \"" + text + "\"");
    }
  }

  public LocalTime time() {
    return LocalTime.of(index / 4, (index % 4) * MINUTES);
  }

  @Override
  public int compareTo(QuarterHour other) {
    return Integer.compare(index, other.index);
  }

  @Override
  public String toString() {
    return time().format(HH_MM);
  }
}
