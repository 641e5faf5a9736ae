package dev.alphaoctopus.config;

/** Where probes, the status page and metrics are served; port 0 lets the system choose. */
public record HttpSettings(String host, int port) {}
