package dev.alphaoctopus.planning;

import java.time.Instant;
import java.util.Objects;

/** A part of the horizon where discharge is blocked, widened by the guards, and why. */
public record ProtectedInterval(Instant start, Instant end, DispatchType type) {

  public ProtectedInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(type, "type");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("interval must end after it starts: " + start + "-" + end);
    }
  }
}
