package dev.alphaoctopus.config;

import dev.alphaoctopus.planning.PlanningPolicy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The whole validated configuration of one site. */
public record AgentSettings(
    ZoneId zone,
    PlanningPolicy planning,
    OctopusSettings octopus,
    PollSettings poll,
    AlphaSettings alpha,
    BreakerSettings breaker,
    HttpSettings http,
    LogFormat logFormat) {

  /**
   * The credentials and ids that talking to both APIs needs.
   *
   * @throws ConfigurationException listing every one that is missing
   */
  public AgentSettings requireCredentials() {
    List<String> problems = new ArrayList<>();
    requirePresent(octopus.apiKey(), Setting.OCTOPUS_API_KEY, "your Octopus API key", problems);
    if (octopus.deviceId().isEmpty() && octopus.accountNumber().isEmpty()) {
      problems.add(
          Setting.OCTOPUS_DEVICE_ID.displayName()
              + " is not set: expected the SmartFlex device id, or "
              + Setting.OCTOPUS_ACCOUNT.displayName()
              + " to discover it");
    }
    requirePresent(alpha.appId(), Setting.ALPHA_APP_ID, "the Alpha ESS Open API appId", problems);
    requirePresent(
        alpha.appSecret(), Setting.ALPHA_APP_SECRET, "the Alpha ESS Open API appSecret", problems);
    requirePresent(alpha.systemSerial(), Setting.ALPHA_SN, "the battery's system serial", problems);
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
    return this;
  }

  private static void requirePresent(
      Optional<?> value, Setting setting, String expected, List<String> problems) {
    if (value.isEmpty()) {
      problems.add(setting.displayName() + " is not set: expected " + expected);
    }
  }
}
