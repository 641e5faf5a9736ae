package dev.alphaoctopus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CliTest {

  private static final String API_KEY = "sk_live_octopus_secret_value";
  private static final String APP_SECRET = "alpha_secret_value_9f8e7d";
  private static final Map<String, String> CREDENTIALS =
      Map.of(
          "OCTO_API_KEY", API_KEY,
          "OCTO_HYPERVOLT_DEVICE_ID", "00000000-0002-4000-8020-0000000ea7d3",
          "ALPHA_APP_ID", "alpha3f1d2c",
          "ALPHA_APP_SECRET", APP_SECRET,
          "ALPHA_SN", "AL2002321010043");

  @TempDir Path dir;

  @Test
  void without_a_command_the_usage_lists_only_the_commands_that_work() {
    CliRun run = CliRun.run(dir, Map.of(), "");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("plan").contains("check-config").doesNotContain("demo");
  }

  @Test
  void version_names_the_project() {
    CliRun run = CliRun.run(dir, Map.of(), "", "--version");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("alpha-octopus-agent ");
  }

  @Test
  void an_unknown_command_is_one_line_and_exit_status_2() {
    CliRun run = CliRun.run(dir, Map.of(), "", "launch");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).hasLineCount(1);
  }

  @Test
  void check_config_prints_effective_settings_with_secrets_masked() {
    CliRun run = CliRun.run(dir, CREDENTIALS, "", "check-config");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .containsPattern("OCTO_API_KEY +\\*{8}")
        .containsPattern("ALPHA_APP_SECRET +\\*{8}")
        .containsPattern("ALPHA_SN +AL2002321010043")
        .containsPattern("alpha-octopus-agent.poll.max-calls-per-hour +20")
        .contains("configuration is valid")
        .doesNotContain(API_KEY)
        .doesNotContain(APP_SECRET);
  }

  @Test
  void check_config_reads_a_dotenv_file_in_the_working_directory() throws IOException {
    Files.writeString(dir.resolve(".env"), "SITE_TIMEZONE=Europe/Berlin\n");

    CliRun run = CliRun.run(dir, CREDENTIALS, "", "check-config");

    assertThat(run.out()).containsPattern("SITE_TIMEZONE +Europe/Berlin");
  }

  @Test
  void check_config_names_each_missing_credential_and_exits_2() {
    CliRun run = CliRun.run(dir, Map.of(), "", "check-config");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            "configuration: OCTO_API_KEY is not set: expected your Octopus API key",
            "configuration: OCTO_HYPERVOLT_DEVICE_ID is not set: expected the SmartFlex device id,"
                + " or OCTO_ACCOUNT_NUMBER to discover it",
            "configuration: ALPHA_APP_ID is not set: expected the Alpha ESS Open API appId",
            "configuration: ALPHA_APP_SECRET is not set: expected the Alpha ESS Open API appSecret",
            "configuration: ALPHA_SN is not set: expected the battery's system serial");
  }

  @Test
  void check_config_reports_a_bad_value_without_revealing_secrets() {
    Map<String, String> env = new HashMap<>(CREDENTIALS);
    env.put("POLL_INTERVAL", "3x");
    env.put("ALPHA_APP_SECRET", "has a space " + APP_SECRET);

    CliRun run = CliRun.run(dir, env, "", "check-config");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("configuration: POLL_INTERVAL=\"3x\" is not valid: expected a duration")
        .contains("configuration: ALPHA_APP_SECRET=******** is not valid")
        .doesNotContain(APP_SECRET)
        .doesNotContain(API_KEY)
        .doesNotContain("Exception");
  }

  @Test
  void check_config_has_help() {
    CliRun run = CliRun.run(dir, Map.of(), "", "check-config", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Validate the configuration");
  }
}
