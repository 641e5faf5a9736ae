package dev.alphaoctopus.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One planned charge of the car: the half-open interval {@code [start, end)}, its type and, when
 * known, the energy it adds (an absolute value in kWh).
 */
public record Dispatch(
    Instant start, Instant end, DispatchType type, Optional<BigDecimal> energyAddedKwh) {

  public Dispatch {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(energyAddedKwh, "energyAddedKwh");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "dispatch must end after it starts: start " + start + ", end " + end);
    }
    if (energyAddedKwh.filter(kwh -> kwh.signum() < 0).isPresent()) {
      throw new IllegalArgumentException("energy must be an absolute value: " + energyAddedKwh);
    }
  }

  public Dispatch(Instant start, Instant end, DispatchType type) {
    this(start, end, type, Optional.empty());
  }
}
