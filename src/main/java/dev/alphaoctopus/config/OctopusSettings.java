package dev.alphaoctopus.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How to reach Kraken and which device to read. */
public record OctopusSettings(
    URI graphUrl,
    Optional<Secret> apiKey,
    Optional<String> deviceId,
    Optional<String> accountNumber,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration tokenRefreshBeforeExpiry) {}
