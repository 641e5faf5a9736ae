package dev.alphaoctopus.config;

/** Which Alpha ESS schedule store the agent writes. */
public enum ScheduleApi {
  /** Probe the periodic store; fall back to the legacy one where it is not available. */
  AUTO,
  /** {@code updateDisChargeConfigInfo}: two windows. */
  LEGACY,
  /** {@code setTimeChargeBySn}: up to six windows. */
  PERIODIC
}
