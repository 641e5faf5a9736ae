package dev.alphaoctopus.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigResolveOptions;
import dev.alphaoctopus.planning.Baseline;
import dev.alphaoctopus.planning.PlanningPolicy;
import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the settings from {@code application.conf}, then a {@code .env} file in the working
 * directory, then the process environment, each overriding the one before.
 */
public final class SettingsLoader {

  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern ASSIGNMENT = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=");
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  private final Config config;

  private SettingsLoader(Config config) {
    this.config = config;
  }

  /**
   * Resolves the configuration against a {@code .env} file in {@code workingDirectory} (if any) and
   * {@code environment}.
   *
   * @throws ConfigurationException when the files cannot be read
   */
  public static SettingsLoader from(Map<String, String> environment, Path workingDirectory) {
    Map<String, String> variables = new HashMap<>(dotenv(workingDirectory));
    variables.putAll(environment);
    variables.keySet().removeIf(name -> !VARIABLE_NAME.matcher(name).matches());
    Config application;
    try {
      application = ConfigFactory.defaultApplication();
    } catch (ConfigException e) {
      throw new ConfigurationException(List.of("configuration file: " + e.getMessage()));
    }
    try {
      // Variables become root keys, so ${?NAME} in application.conf finds them.
      return new SettingsLoader(
          ConfigFactory.parseMap(variables)
              .withFallback(application)
              .resolve(ConfigResolveOptions.defaults().setUseSystemEnvironment(false)));
    } catch (ConfigException e) {
      // The resolver's message can quote every variable, secrets included: name the place only.
      throw new ConfigurationException(
          List.of(
              "configuration file: a substitution cannot be resolved at "
                  + (e.origin() == null ? "an unknown place" : e.origin().description())));
    }
  }

  private static Map<String, String> dotenv(Path workingDirectory) {
    Map<String, String> entries = new HashMap<>();
    try {
      for (DotenvEntry entry :
          Dotenv.configure()
              .directory(workingDirectory.toString())
              .ignoreIfMissing()
              .load()
              .entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
        entries.put(entry.getKey(), unquoted(entry.getValue()));
      }
    } catch (DotenvException e) {
      throw malformedDotenv(workingDirectory, "");
    }
    requireEveryAssignmentRead(workingDirectory, entries);
    return entries;
  }

  /** dotenv-java keeps single quotes, which the shell and other .env readers take away. */
  private static String unquoted(String value) {
    boolean singleQuoted = value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
    return singleQuoted ? value.substring(1, value.length() - 1) : value;
  }

  /**
   * dotenv-java silently drops a line with an unclosed quote (and the lines it swallows); a setting
   * the user wrote must never quietly fall back to its default.
   */
  private static void requireEveryAssignmentRead(Path directory, Map<String, String> entries) {
    Path file = directory.resolve(".env");
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw malformedDotenv(directory, "");
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher assignment = ASSIGNMENT.matcher(lines.get(i));
      if (assignment.lookingAt() && !entries.containsKey(assignment.group(1))) {
        throw malformedDotenv(directory, " at line " + (i + 1));
      }
    }
  }

  private static ConfigurationException malformedDotenv(Path directory, String where) {
    // The line itself is not shown: it may hold a secret.
    return new ConfigurationException(
        List.of(
            ".env in "
                + directory.toAbsolutePath()
                + " is malformed"
                + where
                + ": expected lines of NAME=value, quotes closed"));
  }

  /**
   * Validates every setting.
   *
   * @throws ConfigurationException with one line for each bad value
   */
  public AgentSettings settings() {
    SettingsReader in = new SettingsReader(config);
    ZoneId zone =
        in.required(Setting.SITE_TIMEZONE, ZoneId::of, "a time-zone id such as Europe/London");
    PlanningPolicy planning = planning(in);
    OctopusSettings octopus = octopus(in);
    PollSettings poll = poll(in);
    AlphaSettings alpha = alpha(in);
    BreakerSettings breaker =
        new BreakerSettings(
            in.integer(Setting.BREAKER_FAILURE_RATE, 1, 100),
            in.integer(Setting.BREAKER_WINDOW, 1, 1000),
            in.integer(Setting.BREAKER_MINIMUM_CALLS, 1, 1000),
            in.duration(Setting.BREAKER_OPEN_DURATION, SECOND, HOUR),
            in.integer(Setting.BREAKER_HALF_OPEN_CALLS, 1, 100));
    HttpSettings http =
        new HttpSettings(
            in.required(Setting.HTTP_HOST, SettingsLoader::host, "a host name or IP address"),
            in.integer(Setting.HTTP_PORT, 0, 65535));
    LogFormat logFormat = in.choice(Setting.LOG_FORMAT, LogFormat.class);
    if (!in.problems().isEmpty()) {
      throw new ConfigurationException(in.problems());
    }
    return new AgentSettings(zone, planning, octopus, poll, alpha, breaker, http, logFormat);
  }

  /** Each setting's effective value as text, secrets masked, in declaration order. */
  public Map<Setting, String> effectiveValues() {
    SettingsReader in = new SettingsReader(config);
    Map<Setting, String> values = new LinkedHashMap<>();
    for (Setting setting : Setting.values()) {
      values.put(
          setting,
          in.raw(setting).map(text -> setting.isSecret() ? Secret.MASK : text).orElse("(not set)"));
    }
    return values;
  }

  private static PlanningPolicy planning(SettingsReader in) {
    Baseline baseline =
        in.required(
            Setting.BASELINE,
            Baseline::parse,
            "comma-separated HH:mm-HH:mm ranges on the 15-minute grid such as 05:30-23:30");
    Duration guardBefore =
        in.duration(Setting.GUARD_BEFORE, Duration.ZERO, PlanningPolicy.MAX_GUARD);
    Duration guardAfter = in.duration(Setting.GUARD_AFTER, Duration.ZERO, PlanningPolicy.MAX_GUARD);
    boolean protectBoost = in.bool(Setting.PROTECT_BOOST);
    if (baseline == null || guardBefore == null || guardAfter == null) {
      return null;
    }
    return new PlanningPolicy(baseline, guardBefore, guardAfter, protectBoost);
  }

  private static OctopusSettings octopus(SettingsReader in) {
    return new OctopusSettings(
        in.required(Setting.OCTOPUS_URL, SettingsLoader::httpUrl, "an http or https URL"),
        in.word(Setting.OCTOPUS_API_KEY, "an API key without spaces").map(Secret::new),
        in.word(Setting.OCTOPUS_DEVICE_ID, "a device id without spaces"),
        in.optional(
            Setting.OCTOPUS_ACCOUNT,
            SettingsLoader::accountNumber,
            "an account number such as A-1B2C3D4E"),
        in.duration(Setting.OCTOPUS_CONNECT_TIMEOUT, SECOND, Duration.ofMinutes(2)),
        in.duration(Setting.OCTOPUS_REQUEST_TIMEOUT, SECOND, Duration.ofMinutes(5)),
        in.duration(Setting.TOKEN_REFRESH_BEFORE_EXPIRY, SECOND, Duration.ofMinutes(30)));
  }

  private static PollSettings poll(SettingsReader in) {
    PollSettings poll =
        new PollSettings(
            in.duration(Setting.POLL_INTERVAL, SECOND, HOUR),
            in.fraction(Setting.POLL_JITTER),
            in.duration(Setting.POLL_QUIET_MARGIN, Duration.ZERO, Duration.ofMinutes(5)),
            in.integer(Setting.POLL_MAX_PER_HOUR, 1, 300),
            in.integer(Setting.POLL_MAX_PER_MINUTE, 1, 60),
            in.integer(Setting.REMOVAL_CONFIRMATIONS, 1, 10),
            in.duration(Setting.POLL_BACKOFF_INITIAL, SECOND, HOUR),
            in.duration(Setting.POLL_BACKOFF_MAX, SECOND, DAY),
            in.duration(Setting.DISPATCH_MAX_AGE, SECOND, DAY));
    if (poll.interval() != null
        && poll.dispatchMaxAge() != null
        && poll.interval().compareTo(poll.dispatchMaxAge()) >= 0) {
      in.invalid(
          Setting.POLL_INTERVAL,
          Durations.format(poll.interval()),
          "less than "
              + Setting.DISPATCH_MAX_AGE.displayName()
              + " ("
              + Durations.format(poll.dispatchMaxAge())
              + "), or the data would always look stale");
    }
    if (poll.backoffInitial() != null
        && poll.backoffMax() != null
        && poll.backoffInitial().compareTo(poll.backoffMax()) > 0) {
      in.invalid(
          Setting.POLL_BACKOFF_INITIAL,
          Durations.format(poll.backoffInitial()),
          "at most " + Setting.POLL_BACKOFF_MAX.displayName());
    }
    return poll;
  }

  private static AlphaSettings alpha(SettingsReader in) {
    AlphaPacing pacing =
        new AlphaPacing(
            in.duration(Setting.SETTLE_DELAY, Duration.ZERO, Duration.ofMinutes(30)),
            in.integer(Setting.VERIFY_READS, 1, 10),
            in.duration(Setting.VERIFY_INTERVAL, SECOND, Duration.ofMinutes(30)),
            in.duration(Setting.MIN_CALL_SPACING, Duration.ZERO, Duration.ofMinutes(10)),
            in.duration(Setting.MIN_WRITE_SPACING, Duration.ZERO, HOUR),
            in.integer(Setting.MAX_WRITES_PER_HOUR, 1, 120),
            in.duration(Setting.URGENT_LEAD, Duration.ZERO, Duration.ofHours(2)),
            in.duration(Setting.DEGRADED_RETRY_INTERVAL, SECOND, Duration.ofHours(6)),
            in.duration(Setting.TOO_FAST_WAIT, SECOND, Duration.ofMinutes(10)));
    return new AlphaSettings(
        in.required(Setting.ALPHA_URL, SettingsLoader::httpUrl, "an http or https URL"),
        in.word(Setting.ALPHA_APP_ID, "an appId without spaces"),
        in.word(Setting.ALPHA_APP_SECRET, "an appSecret without spaces").map(Secret::new),
        in.word(Setting.ALPHA_SN, "a system serial without spaces"),
        in.choice(Setting.SCHEDULE_API, ScheduleApi.class),
        in.bool(Setting.DRY_RUN),
        in.duration(Setting.ALPHA_CONNECT_TIMEOUT, SECOND, Duration.ofMinutes(2)),
        in.duration(Setting.ALPHA_REQUEST_TIMEOUT, SECOND, Duration.ofMinutes(5)),
        pacing);
  }

  private static URI httpUrl(String text) {
    URI uri = URI.create(text);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http URL: " + text);
    }
    return uri;
  }

  private static String host(String text) {
    if (text.chars().anyMatch(Character::isWhitespace) || text.contains("/")) {
      throw new IllegalArgumentException("not a host: " + text);
    }
    return text;
  }

  private static String accountNumber(String text) {
    if (!text.matches("(?i)A-[0-9A-Z]{8}")) {
      throw new IllegalArgumentException("not an account number: " + text);
    }
    return text.toUpperCase(Locale.ROOT);
  }
}
