package dev.alphaoctopus.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.BitSet;

/** Maps instants to the site's wall-clock quarter-hour labels, across offset changes. */
final class WallClock {

  private static final long SECONDS_PER_QUARTER = QuarterHour.MINUTES * 60L;

  private WallClock() {}

  static QuarterHour labelOf(Instant instant, ZoneId zone) {
    return new QuarterHour(
        labelIndex(instant, zone.getRules().getOffset(instant).getTotalSeconds()));
  }

  /**
   * Sets every label carried by some instant of {@code [from, to)}. The interval is cut at each
   * offset change, so a label that a clock change repeats or skips is counted as it occurs.
   */
  static void markLabels(Instant from, Instant to, ZoneRules rules, BitSet labels) {
    Instant segmentStart = from;
    while (segmentStart.isBefore(to)) {
      ZoneOffsetTransition transition = rules.nextTransition(segmentStart);
      Instant segmentEnd =
          transition == null || transition.getInstant().isAfter(to) ? to : transition.getInstant();
      int offset = rules.getOffset(segmentStart).getTotalSeconds();
      markSegment(segmentStart, segmentEnd, offset, labels);
      segmentStart = segmentEnd;
    }
  }

  private static void markSegment(Instant from, Instant to, int offset, BitSet labels) {
    long first = quarter(from, offset);
    long last = quarter(to.minusNanos(1), offset);
    if (last - first + 1 >= QuarterHour.PER_DAY) {
      labels.set(0, QuarterHour.PER_DAY);
      return;
    }
    int firstLabel = (int) Math.floorMod(first, (long) QuarterHour.PER_DAY);
    int lastLabel = (int) Math.floorMod(last, (long) QuarterHour.PER_DAY);
    if (firstLabel <= lastLabel) {
      labels.set(firstLabel, lastLabel + 1);
    } else {
      labels.set(firstLabel, QuarterHour.PER_DAY);
      labels.set(0, lastLabel + 1);
    }
  }

  private static int labelIndex(Instant instant, int offset) {
    return (int) Math.floorMod(quarter(instant, offset), (long) QuarterHour.PER_DAY);
  }

  /** Quarter hours since the local epoch: local days are 96 of them, starting at midnight. */
  private static long quarter(Instant instant, int offset) {
    return Math.floorDiv(instant.getEpochSecond() + offset, SECONDS_PER_QUARTER);
  }
}
