package dev.alphaoctopus.config;

import java.time.Duration;

/** Pace and patience of dispatch polling. */
public record PollSettings(
    Duration interval,
    double jitter,
    Duration quietMargin,
    int maxCallsPerHour,
    int maxCallsPerMinute,
    int removalConfirmations,
    Duration backoffInitial,
    Duration backoffMax,
    Duration dispatchMaxAge) {}
