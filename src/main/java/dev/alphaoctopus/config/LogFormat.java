package dev.alphaoctopus.config;

/** How log lines are written to stdout. */
public enum LogFormat {
  /** One JSON object a line. */
  JSON,
  /** Plain text for a human at a terminal. */
  TEXT
}
