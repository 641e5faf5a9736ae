package dev.alphaoctopus.planning;

import java.util.BitSet;

/** An immutable set of quarter-hour labels of the clock day. */
public final class SlotSet {

  public static final SlotSet ALL = range(0, QuarterHour.PER_DAY);

  private final BitSet bits;

  private SlotSet(BitSet bits) {
    this.bits = bits;
  }

  /** A copy of {@code bits}; only indexes 0..95 may be set. */
  public static SlotSet of(BitSet bits) {
    if (bits.length() > QuarterHour.PER_DAY) {
      throw new IllegalArgumentException("labels beyond 23:45 in " + bits);
    }
    return new SlotSet((BitSet) bits.clone());
  }

  private static SlotSet range(int fromIndex, int toIndex) {
    BitSet bits = new BitSet(QuarterHour.PER_DAY);
    bits.set(fromIndex, toIndex);
    return of(bits);
  }

  public boolean contains(int index) {
    return bits.get(index);
  }

  public boolean contains(QuarterHour label) {
    return bits.get(label.index());
  }

  public int size() {
    return bits.cardinality();
  }

  /** A mutable copy for building a new set. */
  public BitSet toBitSet() {
    return (BitSet) bits.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlotSet that && bits.equals(that.bits);
  }

  @Override
  public int hashCode() {
    return bits.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    int start = bits.nextSetBit(0);
    while (start >= 0) {
      int end = bits.nextClearBit(start);
      if (text.length() > 1) {
        text.append(", ");
      }
      text.append(new QuarterHour(start)).append('-').append(clockText(end));
      start = bits.nextSetBit(end);
    }
    return text.append(']').toString();
  }

  static String clockText(int index) {
    return index == QuarterHour.PER_DAY ? "24:00" : new QuarterHour(index).toString();
  }
}
