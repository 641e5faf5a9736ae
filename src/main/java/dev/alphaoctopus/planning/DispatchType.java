package dev.alphaoctopus.planning;

/** Kind of a planned charge, as Octopus reports it; anything unrecognised is {@link #UNKNOWN}. */
public enum DispatchType {
  SMART,
  BOOST,
  TEST,
  UNKNOWN;

  /** Maps a Kraken {@code SmartFlexChargingType} name; an unfamiliar name stays protected. */
  public static DispatchType fromKraken(String name) {
    for (DispatchType type : values()) {
      if (type != UNKNOWN && type.name().equalsIgnoreCase(name)) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
