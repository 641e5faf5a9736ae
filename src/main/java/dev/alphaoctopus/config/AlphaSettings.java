package dev.alphaoctopus.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How to reach the Alpha ESS Open API, which system to write and how. */
public record AlphaSettings(
    URI openUrl,
    Optional<String> appId,
    Optional<Secret> appSecret,
    Optional<String> systemSerial,
    ScheduleApi scheduleApi,
    boolean dryRun,
    Duration connectTimeout,
    Duration requestTimeout,
    AlphaPacing pacing) {}
