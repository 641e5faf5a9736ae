package dev.alphaoctopus.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.alphaoctopus.planning.Baseline;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SettingsLoaderTest {

  private static final Map<String, String> CREDENTIALS =
      Map.of(
          "OCTO_API_KEY", "sk_live_octopus_secret_value",
          "OCTO_HYPERVOLT_DEVICE_ID", "00000000-0002-4000-8020-0000000ea7d3",
          "ALPHA_APP_ID", "alpha3f1d2c",
          "ALPHA_APP_SECRET", "alpha_secret_value_9f8e7d",
          "ALPHA_SN", "AL2002321010043");

  @TempDir Path workingDirectory;

  @Test
  void without_any_variable_the_documented_defaults_apply() {
    AgentSettings settings = load(Map.of());

    assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(settings.planning().baseline()).isEqualTo(Baseline.WHOLE_DAY);
    assertThat(settings.planning().guardBefore()).isZero();
    assertThat(settings.planning().protectBoost()).isTrue();
    assertThat(settings.octopus().graphUrl())
        .isEqualTo(URI.create("https://api.octopus.energy/v1/graphql/"));
    assertThat(settings.octopus().apiKey()).isEmpty();
    assertThat(settings.poll().interval()).isEqualTo(Duration.ofMinutes(3));
    assertThat(settings.poll().maxCallsPerHour()).isEqualTo(20);
    assertThat(settings.poll().maxCallsPerMinute()).isEqualTo(5);
    assertThat(settings.poll().removalConfirmations()).isEqualTo(2);
    assertThat(settings.poll().backoffMax()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.poll().dispatchMaxAge()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.alpha().openUrl())
        .isEqualTo(URI.create("https://openapi.alphaess.com/api"));
    assertThat(settings.alpha().scheduleApi()).isEqualTo(ScheduleApi.AUTO);
    assertThat(settings.alpha().dryRun()).isFalse();
    assertThat(settings.alpha().pacing().settleDelay()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.alpha().pacing().minCallSpacing()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.alpha().pacing().minWriteSpacing()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.alpha().pacing().maxWritesPerHour()).isEqualTo(20);
    assertThat(settings.http()).isEqualTo(new HttpSettings("0.0.0.0", 8080));
    assertThat(settings.logFormat()).isEqualTo(LogFormat.JSON);
  }

  static Stream<Arguments> goodValues() {
    return Stream.of(
        good("SITE_TIMEZONE", "Asia/Kolkata", AgentSettings::zone, ZoneId.of("Asia/Kolkata")),
        good(
            "DISCHARGE_BASELINE",
            "05:30-23:30",
            s -> s.planning().baseline(),
            Baseline.parse("05:30-23:30")),
        good("GUARD_BEFORE", "15m", s -> s.planning().guardBefore(), Duration.ofMinutes(15)),
        good("GUARD_AFTER", "90s", s -> s.planning().guardAfter(), Duration.ofSeconds(90)),
        good("PROTECT_BOOST", "false", s -> s.planning().protectBoost(), false),
        good(
            "OCTO_GRAPH_URL",
            "http://127.0.0.1:8081/v1/graphql/",
            s -> s.octopus().graphUrl(),
            URI.create("http://127.0.0.1:8081/v1/graphql/")),
        good(
            "OCTO_API_KEY",
            "sk_live_abc",
            s -> s.octopus().apiKey().map(Secret::reveal),
            Optional.of("sk_live_abc")),
        good(
            "OCTO_HYPERVOLT_DEVICE_ID", "dev-1", s -> s.octopus().deviceId(), Optional.of("dev-1")),
        good(
            "OCTO_ACCOUNT_NUMBER",
            "a-1a2b3c4d",
            s -> s.octopus().accountNumber(),
            Optional.of("A-1A2B3C4D")),
        good("POLL_INTERVAL", "5m", s -> s.poll().interval(), Duration.ofMinutes(5)),
        good(
            "ALPHA_OPEN_URL",
            "http://127.0.0.1:9000/api",
            s -> s.alpha().openUrl(),
            URI.create("http://127.0.0.1:9000/api")),
        good("ALPHA_APP_ID", "alpha123", s -> s.alpha().appId(), Optional.of("alpha123")),
        good(
            "ALPHA_APP_SECRET",
            "s3cret",
            s -> s.alpha().appSecret().map(Secret::reveal),
            Optional.of("s3cret")),
        good(
            "ALPHA_SN",
            "AL2002321010043",
            s -> s.alpha().systemSerial(),
            Optional.of("AL2002321010043")),
        good("ALPHA_SCHEDULE_API", "legacy", s -> s.alpha().scheduleApi(), ScheduleApi.LEGACY),
        good("ALPHA_SCHEDULE_API", "PERIODIC", s -> s.alpha().scheduleApi(), ScheduleApi.PERIODIC),
        good("DRY_RUN", "TRUE", s -> s.alpha().dryRun(), true),
        good("HTTP_HOST", "127.0.0.1", s -> s.http().host(), "127.0.0.1"),
        good("HTTP_PORT", "0", s -> s.http().port(), 0),
        good("HTTP_PORT", "9090", s -> s.http().port(), 9090),
        good("LOG_FORMAT", "text", AgentSettings::logFormat, LogFormat.TEXT));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("goodValues")
  void a_good_value_is_taken(
      String variable, String value, Function<AgentSettings, Object> read, Object expected) {
    assertThat(read.apply(load(Map.of(variable, value)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SITE_TIMEZONE      | Europe/Londn         | a time-zone id",
        "DISCHARGE_BASELINE | 5:30-23:30           | HH:mm-HH:mm ranges",
        "DISCHARGE_BASELINE | 05:30-05:30          | HH:mm-HH:mm ranges",
        "GUARD_BEFORE       | 15                   | a duration from 0s to 6h",
        "GUARD_BEFORE       | -5m                  | a duration from 0s to 6h",
        "GUARD_AFTER        | 7h                   | a duration from 0s to 6h",
        "PROTECT_BOOST      | maybe                | true or false",
        "PROTECT_BOOST      | 1                    | true or false",
        "OCTO_GRAPH_URL     | ftp://example.com/   | an http or https URL",
        "OCTO_GRAPH_URL     | api.octopus.energy   | an http or https URL",
        "OCTO_HYPERVOLT_DEVICE_ID | dev 1          | a device id without spaces",
        "OCTO_ACCOUNT_NUMBER | 12345               | an account number",
        "POLL_INTERVAL      | 0s                   | a duration from 1s to 1h",
        "POLL_INTERVAL      | 2h                   | a duration from 1s to 1h",
        "POLL_INTERVAL      | 30m                  | less than alpha-octopus-agent.poll.dispatch-max-age",
        "ALPHA_OPEN_URL     | openapi              | an http or https URL",
        "ALPHA_APP_ID       | alpha 1              | an appId without spaces",
        "ALPHA_SN           | AL 1                 | a system serial without spaces",
        "ALPHA_SCHEDULE_API | both                 | one of auto, legacy, periodic",
        "DRY_RUN            | yes                  | true or false",
        "HTTP_HOST          | http://x             | a host name or IP address",
        "HTTP_PORT          | 70000                | a whole number from 0 to 65535",
        "HTTP_PORT          | http                 | a whole number from 0 to 65535",
        "LOG_FORMAT         | xml                  | one of json, text",
      })
  void a_bad_value_is_one_line_naming_the_variable_the_value_and_what_is_expected(
      String variable, String value, String expected) {
    assertThatThrownBy(() -> load(Map.of(variable, value)))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .startsWith(variable + "=\"" + value + "\" is not valid: expected")
                    .contains(expected)
                    .doesNotContain("\n"));
  }

  @ParameterizedTest
  @CsvSource({"OCTO_API_KEY, sk_live key", "ALPHA_APP_SECRET, secret with spaces"})
  void a_bad_secret_is_reported_without_its_value(String variable, String value) {
    assertThatThrownBy(() -> load(Map.of(variable, value)))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.problems())
                  .singleElement()
                  .asString()
                  .startsWith(variable + "=********");
              assertThat(e.getMessage()).doesNotContain(value).doesNotContain("sk_live");
            });
  }

  @Test
  void every_bad_value_is_reported_at_once() {
    assertThatThrownBy(() -> load(Map.of("POLL_INTERVAL", "soon", "LOG_FORMAT", "xml")))
        .isInstanceOfSatisfying(
            ConfigurationException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void a_blank_value_counts_as_unset() {
    assertThat(load(Map.of("OCTO_API_KEY", "   ")).octopus().apiKey()).isEmpty();
  }

  @Test
  void a_dotenv_file_overrides_the_file_defaults_and_the_environment_overrides_it()
      throws IOException {
    Files.writeString(
        workingDirectory.resolve(".env"),
        "POLL_INTERVAL=5m\nSITE_TIMEZONE=Europe/Berlin\n# a comment\nDRY_RUN=true\n");

    AgentSettings settings = load(Map.of("POLL_INTERVAL", "4m"));

    assertThat(settings.poll().interval()).isEqualTo(Duration.ofMinutes(4));
    assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(settings.alpha().dryRun()).isTrue();
  }

  @Test
  void a_malformed_dotenv_file_is_reported_without_its_contents() throws IOException {
    Files.writeString(workingDirectory.resolve(".env"), "OCTO_API_KEY sk_live_leaky_secret\n");

    assertThatThrownBy(() -> load(Map.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(".env")
        .hasMessageContaining("malformed")
        .hasMessageNotContaining("sk_live_leaky_secret");
  }

  @Test
  void an_unclosed_quote_in_dotenv_is_an_error_naming_the_line_not_a_silent_default()
      throws IOException {
    Files.writeString(
        workingDirectory.resolve(".env"),
        "# guards\nGUARD_BEFORE=\"15m\nOCTO_API_KEY=sk_live_leaky_secret\n");

    assertThatThrownBy(() -> load(Map.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("malformed at line 2")
        .hasMessageNotContaining("sk_live_leaky_secret")
        .hasMessageNotContaining("15m");
  }

  @Test
  void single_and_double_quotes_in_dotenv_are_taken_away() throws IOException {
    Files.writeString(
        workingDirectory.resolve(".env"),
        "GUARD_BEFORE='15m'\nDISCHARGE_BASELINE=\"05:30-23:30\"\n");

    AgentSettings settings = load(Map.of());

    assertThat(settings.planning().guardBefore()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.planning().baseline()).isEqualTo(Baseline.parse("05:30-23:30"));
  }

  @Test
  void credentials_are_required_to_run_and_each_missing_one_is_named() {
    assertThatThrownBy(() -> load(Map.of()).requireCredentials())
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.substring(0, p.indexOf(' ')))
                    .containsExactly(
                        "OCTO_API_KEY",
                        "OCTO_HYPERVOLT_DEVICE_ID",
                        "ALPHA_APP_ID",
                        "ALPHA_APP_SECRET",
                        "ALPHA_SN"));
  }

  @Test
  void an_account_number_stands_in_for_the_device_id() {
    Map<String, String> env = new HashMap<>(CREDENTIALS);
    env.remove("OCTO_HYPERVOLT_DEVICE_ID");
    env.put("OCTO_ACCOUNT_NUMBER", "A-1A2B3C4D");

    assertThat(load(env).requireCredentials().octopus().accountNumber()).contains("A-1A2B3C4D");
  }

  @Test
  void effective_values_mask_secrets_and_show_the_rest() {
    Map<Setting, String> values =
        SettingsLoader.from(CREDENTIALS, workingDirectory).effectiveValues();

    assertThat(values.get(Setting.OCTOPUS_API_KEY)).isEqualTo(Secret.MASK);
    assertThat(values.get(Setting.ALPHA_APP_SECRET)).isEqualTo(Secret.MASK);
    assertThat(values.get(Setting.ALPHA_SN)).isEqualTo("AL2002321010043");
    assertThat(values.get(Setting.OCTOPUS_ACCOUNT)).isEqualTo("(not set)");
    assertThat(values.values().toString())
        .doesNotContain("sk_live_octopus_secret_value")
        .doesNotContain("alpha_secret_value_9f8e7d");
  }

  @Test
  void secrets_do_not_show_in_the_settings_records() {
    assertThat(load(CREDENTIALS).toString())
        .doesNotContain("sk_live_octopus_secret_value")
        .doesNotContain("alpha_secret_value_9f8e7d");
  }

  @Test
  void variables_that_are_not_settings_are_ignored_even_with_odd_names() {
    assertThat(load(Map.of("weird.name", "x", "=C:", "y", "PATH", "/usr/bin")).zone())
        .isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void every_variable_in_application_conf_is_a_declared_setting_and_back() throws IOException {
    String conf = Files.readString(Path.of("conf/application.conf"));
    java.util.Set<String> inFile = new java.util.TreeSet<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\$\\{\\?([A-Z_]+)}").matcher(conf);
    while (m.find()) {
      inFile.add(m.group(1));
    }
    java.util.Set<String> declared = new java.util.TreeSet<>();
    for (Setting setting : Setting.values()) {
      if (setting.environmentVariable() != null) {
        declared.add(setting.environmentVariable());
      }
    }

    assertThat(inFile).isEqualTo(declared);
  }

  private AgentSettings load(Map<String, String> environment) {
    return SettingsLoader.from(environment, workingDirectory).settings();
  }

  private static Arguments good(
      String variable, String value, Function<AgentSettings, Object> read, Object expected) {
    return arguments(variable, value, read, expected);
  }
}
