package dev.alphaoctopus.config;

import java.time.Duration;

/** Circuit breaker thresholds for calls to either API. */
public record BreakerSettings(
    int failureRateThreshold,
    int slidingWindowSize,
    int minimumCalls,
    Duration openDuration,
    int halfOpenCalls) {}
