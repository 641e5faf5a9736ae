package dev.alphaoctopus.config;

/**
 * Every setting of the agent: its key under {@code alpha-octopus-agent} in {@code
 * application.conf}, the environment variable that overrides it (if any) and whether it is secret.
 */
public enum Setting {
  SITE_TIMEZONE("site.timezone", "SITE_TIMEZONE"),
  BASELINE("planning.baseline", "DISCHARGE_BASELINE"),
  GUARD_BEFORE("planning.guard-before", "GUARD_BEFORE"),
  GUARD_AFTER("planning.guard-after", "GUARD_AFTER"),
  PROTECT_BOOST("planning.protect-boost", "PROTECT_BOOST"),
  OCTOPUS_URL("octopus.graph-url", "OCTO_GRAPH_URL"),
  OCTOPUS_API_KEY("octopus.api-key", "OCTO_API_KEY", true),
  OCTOPUS_DEVICE_ID("octopus.device-id", "OCTO_HYPERVOLT_DEVICE_ID"),
  OCTOPUS_ACCOUNT("octopus.account-number", "OCTO_ACCOUNT_NUMBER"),
  OCTOPUS_CONNECT_TIMEOUT("octopus.connect-timeout"),
  OCTOPUS_REQUEST_TIMEOUT("octopus.request-timeout"),
  TOKEN_REFRESH_BEFORE_EXPIRY("octopus.token-refresh-before-expiry"),
  POLL_INTERVAL("poll.interval", "POLL_INTERVAL"),
  POLL_JITTER("poll.jitter"),
  POLL_QUIET_MARGIN("poll.quiet-margin"),
  POLL_MAX_PER_HOUR("poll.max-calls-per-hour"),
  POLL_MAX_PER_MINUTE("poll.max-calls-per-minute"),
  REMOVAL_CONFIRMATIONS("poll.removal-confirmations"),
  POLL_BACKOFF_INITIAL("poll.backoff-initial"),
  POLL_BACKOFF_MAX("poll.backoff-max"),
  DISPATCH_MAX_AGE("poll.dispatch-max-age"),
  ALPHA_URL("alpha.open-url", "ALPHA_OPEN_URL"),
  ALPHA_APP_ID("alpha.app-id", "ALPHA_APP_ID"),
  ALPHA_APP_SECRET("alpha.app-secret", "ALPHA_APP_SECRET", true),
  ALPHA_SN("alpha.sn", "ALPHA_SN"),
  SCHEDULE_API("alpha.schedule-api", "ALPHA_SCHEDULE_API"),
  DRY_RUN("alpha.dry-run", "DRY_RUN"),
  ALPHA_CONNECT_TIMEOUT("alpha.connect-timeout"),
  ALPHA_REQUEST_TIMEOUT("alpha.request-timeout"),
  SETTLE_DELAY("alpha.settle-delay"),
  VERIFY_READS("alpha.verify-reads"),
  VERIFY_INTERVAL("alpha.verify-interval"),
  MIN_CALL_SPACING("alpha.min-call-spacing"),
  MIN_WRITE_SPACING("alpha.min-write-spacing"),
  MAX_WRITES_PER_HOUR("alpha.max-writes-per-hour"),
  URGENT_LEAD("alpha.urgent-lead"),
  DEGRADED_RETRY_INTERVAL("alpha.degraded-retry-interval"),
  TOO_FAST_WAIT("alpha.too-fast-wait"),
  BREAKER_FAILURE_RATE("breaker.failure-rate-threshold"),
  BREAKER_WINDOW("breaker.sliding-window-size"),
  BREAKER_MINIMUM_CALLS("breaker.minimum-calls"),
  BREAKER_OPEN_DURATION("breaker.open-duration"),
  BREAKER_HALF_OPEN_CALLS("breaker.half-open-calls"),
  HTTP_HOST("http.host", "HTTP_HOST"),
  HTTP_PORT("http.port", "HTTP_PORT"),
  LOG_FORMAT("log.format", "LOG_FORMAT");

  public static final String ROOT = "alpha-octopus-agent";

  private final String key;
  private final String environmentVariable;
  private final boolean secret;

  Setting(String key) {
    this(key, null, false);
  }

  Setting(String key, String environmentVariable) {
    this(key, environmentVariable, false);
  }

  Setting(String key, String environmentVariable, boolean secret) {
    this.key = key;
    this.environmentVariable = environmentVariable;
    this.secret = secret;
  }

  /** The full HOCON path, such as {@code alpha-octopus-agent.poll.interval}. */
  public String path() {
    return ROOT + "." + key;
  }

  public boolean isSecret() {
    return secret;
  }

  /** How an operator names the setting: its environment variable, else its HOCON path. */
  public String displayName() {
    return environmentVariable != null ? environmentVariable : path();
  }

  /** The overriding environment variable, or null for limits set only in the file. */
  public String environmentVariable() {
    return environmentVariable;
  }
}
