package dev.alphaoctopus.alpha;

import java.util.Objects;

/**
 * One system bound to the appId ({@code getEssList}): its serial and, for the operator's eyes, the
 * inverter and battery models and EMS status (empty when the API leaves them out).
 */
public record EssSystem(String sysSn, String minv, String mbat, String emsStatus) {

  public EssSystem {
    Objects.requireNonNull(sysSn, "sysSn");
    Objects.requireNonNull(minv, "minv");
    Objects.requireNonNull(mbat, "mbat");
    Objects.requireNonNull(emsStatus, "emsStatus");
  }
}
