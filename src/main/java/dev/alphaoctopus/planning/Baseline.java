package dev.alphaoctopus.planning;

import java.util.BitSet;
import java.util.Objects;

/**
 * The wall-clock labels where discharge is wanted at all, written as comma-separated {@code
 * HH:mm-HH:mm} ranges on the 15-minute grid. {@code 24:00} may end a range; a range whose end comes
 * before its start runs through midnight ({@code 23:00-05:30}).
 */
public record Baseline(SlotSet slots) {

  public static final Baseline WHOLE_DAY = new Baseline(SlotSet.ALL);

  public Baseline {
    Objects.requireNonNull(slots, "slots");
    if (slots.size() == 0) {
      throw new IllegalArgumentException("a baseline must allow at least one quarter hour");
    }
  }

  /**
   * Parses ranges such as {@code 05:30-23:30} or {@code 00:00-02:00,05:30-24:00}.
   *
   * @throws IllegalArgumentException naming the range at fault and what is expected
   */
  public static Baseline parse(String text) {
    Objects.requireNonNull(text, "text");
    BitSet bits = new BitSet(QuarterHour.PER_DAY);
    for (String range : text.split(",", -1)) {
      markRange(range.strip(), bits);
    }
    return new Baseline(SlotSet.of(bits));
  }

  private static void markRange(String range, BitSet bits) {
    String[] ends = range.split("-", -1);
    if (ends.length != 2) {
      throw malformed(range);
    }
    int start = index(ends[0].strip(), range);
    int end = "24:00".equals(ends[1].strip()) ? QuarterHour.PER_DAY : index(ends[1].strip(), range);
    if (start == end) {
      throw new IllegalArgumentException(
          "range \"" + range + "\" is empty or ambiguous: write 00:00-24:00 for the whole day");
    }
    if (start < end) {
      bits.set(start, end);
    } else {
      bits.set(start, QuarterHour.PER_DAY);
      bits.set(0, end);
    }
  }

  private static int index(String time, String range) {
    try {
      return QuarterHour.parse(time).index();
    } catch (IllegalArgumentException e) {
      throw malformed(range);
    }
  }

  private static IllegalArgumentException malformed(String range) {
    return new IllegalArgumentException(
        "expected HH:mm-HH:mm ranges on the 15-minute grid such as 05:30-23:30, got \""
            + range
            + "\"");
  }

  public boolean contains(int index) {
    return slots.contains(index);
  }

  @Override
  public String toString() {
    return slots.toString();
  }
}
