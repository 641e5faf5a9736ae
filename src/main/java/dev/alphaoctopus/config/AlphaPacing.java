package dev.alphaoctopus.config;

import java.time.Duration;

/** The writer's budget: spacing of calls and writes, and how a write is verified. */
public record AlphaPacing(
    Duration settleDelay,
    int verifyReads,
    Duration verifyInterval,
    Duration minCallSpacing,
    Duration minWriteSpacing,
    int maxWritesPerHour,
    Duration urgentLead,
    Duration degradedRetryInterval,
    Duration tooFastWait) {}
