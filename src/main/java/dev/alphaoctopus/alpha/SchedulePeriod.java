package dev.alphaoctopus.alpha;

import dev.alphaoctopus.planning.QuarterHour;
import java.time.DayOfWeek;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One period of the periodic store: {@code beginTime}, {@code endTime}, the weekdays it applies to,
 * {@code chargePower} (W) and {@code chargeLimit} (%). A begin after the end wraps past midnight;
 * the user's charge periods are kept as the device holds them.
 */
public record SchedulePeriod(
    QuarterHour begin, QuarterHour end, Set<DayOfWeek> weeks, int chargePower, int chargeLimit) {

  public static final Set<DayOfWeek> EVERY_DAY =
      Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));

  public SchedulePeriod {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    if (weeks.isEmpty()) {
      throw new IllegalArgumentException("a period applies to at least one weekday");
    }
    weeks = Collections.unmodifiableSet(EnumSet.copyOf(weeks));
  }

  /** The quarter-hour labels the period covers on each of its days. */
  BitSet labels() {
    BitSet labels = new BitSet(QuarterHour.PER_DAY);
    if (begin.compareTo(end) < 0) {
      labels.set(begin.index(), end.index());
    } else if (begin.compareTo(end) > 0) {
      labels.set(begin.index(), QuarterHour.PER_DAY);
      labels.set(0, end.index());
    }
    return labels;
  }

  boolean overlaps(SchedulePeriod other) {
    return !Collections.disjoint(weeks, other.weeks) && labels().intersects(other.labels());
  }

  @Override
  public String toString() {
    return begin + "-" + end + " " + weeks + " " + chargePower + "W " + chargeLimit + "%";
  }
}
