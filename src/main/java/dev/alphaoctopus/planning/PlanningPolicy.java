package dev.alphaoctopus.planning;

import java.time.Duration;
import java.util.Objects;

/**
 * The user's rules: where discharge is wanted at all, how far to widen each protected dispatch, and
 * whether BOOST charges are protected (SMART, TEST and unknown ones always are).
 */
public record PlanningPolicy(
    Baseline baseline, Duration guardBefore, Duration guardAfter, boolean protectBoost) {

  /** Guards longer than this would block most of the day around a single dispatch. */
  public static final Duration MAX_GUARD = Duration.ofHours(6);

  public static final PlanningPolicy DEFAULT =
      new PlanningPolicy(Baseline.WHOLE_DAY, Duration.ZERO, Duration.ZERO, true);

  public PlanningPolicy {
    Objects.requireNonNull(baseline, "baseline");
    requireGuard(guardBefore, "guardBefore");
    requireGuard(guardAfter, "guardAfter");
  }

  private static void requireGuard(Duration guard, String name) {
    Objects.requireNonNull(guard, name);
    if (guard.isNegative() || guard.compareTo(MAX_GUARD) > 0) {
      throw new IllegalArgumentException(name + " must be between 0 and 6h: " + guard);
    }
  }

  public boolean protects(DispatchType type) {
    return type != DispatchType.BOOST || protectBoost;
  }
}
