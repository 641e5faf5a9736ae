package dev.alphaoctopus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlanCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @BeforeEach
  void copyExamples() throws IOException {
    Files.copy(Path.of("docs/examples/dispatches.json"), dir.resolve("dispatches.json"));
    Files.writeString(
        dir.resolve("bare.json"),
        "[{\"start\":\"2026-03-10T14:00:00Z\",\"end\":\"2026-03-10T15:00:00Z\",\"type\":\"BOOST\"}]");
  }

  @Test
  void json_output_follows_the_documented_contract() throws IOException {
    CliRun run =
        plan(
            "--dispatches", "dispatches.json", "--now", "2026-03-10T13:02:00Z", "--format", "json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.path("now").asText()).isEqualTo("2026-03-10T13:02:00Z");
    assertThat(root.path("zone").asText()).isEqualTo("Europe/London");
    assertThat(root.path("protected")).hasSize(3);
    assertThat(root.path("protected").get(0).toString())
        .isEqualTo(
            "{\"start\":\"2026-03-10T14:00:00Z\",\"end\":\"2026-03-10T15:00:00Z\",\"type\":\"SMART\"}");
    assertThat(root.path("schedule").toString())
        .isEqualTo(
            "{\"ctrDis\":1,\"windows\":[{\"start\":\"04:15\",\"end\":\"14:00\"},"
                + "{\"start\":\"15:00\",\"end\":\"23:45\"}],\"parked\":false}");
    assertThat(root.path("alpha").toString())
        .isEqualTo(
            "{\"ctrDis\":1,\"timeDisf1\":\"04:15\",\"timeDise1\":\"14:00\","
                + "\"timeDisf2\":\"15:00\",\"timeDise2\":\"23:45\"}");
  }

  @Test
  void a_bare_array_on_standard_input_is_read_too() throws IOException {
    CliRun run =
        CliRun.run(
            dir,
            Map.of(),
            Files.readString(dir.resolve("bare.json")),
            "plan",
            "--dispatches",
            "-",
            "--format",
            "json");

    assertThat(run.status()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.path("now").asText()).isEqualTo(CliRun.CLOCK_NOW.toString());
    assertThat(root.path("protected").get(0).path("type").asText()).isEqualTo("BOOST");
    assertThat(root.path("schedule").path("windows")).hasSize(2);
  }

  @Test
  void protect_boost_false_lets_the_battery_discharge_all_day() throws IOException {
    CliRun run = plan("--dispatches", "bare.json", "--protect-boost=false", "--format", "json");

    JsonNode root = JSON.readTree(run.out());
    assertThat(root.path("schedule").path("ctrDis").asInt()).isZero();
    assertThat(root.path("schedule").path("windows")).isEmpty();
    assertThat(root.path("alpha").path("timeDisf1").asText()).isEqualTo("00:00");
    assertThat(root.path("alpha").path("timeDise2").asText()).isEqualTo("00:00");
  }

  @Test
  void more_windows_than_the_legacy_store_holds_leave_out_the_alpha_fields() throws IOException {
    CliRun run =
        plan(
            "--dispatches",
            "dispatches.json",
            "--now",
            "2026-03-10T13:02:00Z",
            "--windows",
            "6",
            "--format",
            "json");

    JsonNode root = JSON.readTree(run.out());
    assertThat(root.path("schedule").path("windows")).hasSize(3);
    assertThat(root.has("alpha")).isFalse();
  }

  @Test
  void baseline_guards_and_zone_options_shape_the_plan() throws IOException {
    CliRun run =
        plan(
            "--dispatches", "dispatches.json",
            "--now", "2026-03-10T13:02:00Z",
            "--baseline", "05:30-23:30",
            "--guard-before", "15m",
            "--guard-after", "90s",
            "--zone", "Europe/Berlin",
            "--format", "json");

    JsonNode root = JSON.readTree(run.out());
    assertThat(root.path("zone").asText()).isEqualTo("Europe/Berlin");
    assertThat(root.path("protected").get(0).path("start").asText())
        .isEqualTo("2026-03-10T13:45:00Z");
    assertThat(root.path("protected").get(0).path("end").asText())
        .isEqualTo("2026-03-10T15:01:30Z");
    // 13:45-15:01:30 UTC is 14:45-16:01:30 in Berlin.
    assertThat(root.path("schedule").path("windows").toString())
        .isEqualTo(
            "[{\"start\":\"05:30\",\"end\":\"14:45\"},{\"start\":\"16:15\",\"end\":\"23:30\"}]");
  }

  @Test
  void a_fully_protected_horizon_is_reported_as_parked() throws IOException {
    Files.writeString(
        dir.resolve("all-day.json"),
        "[{\"start\":\"2026-03-10T12:00:00Z\",\"end\":\"2026-03-11T14:00:00Z\",\"type\":\"SMART\"}]");

    CliRun run = plan("--dispatches", "all-day.json", "--format", "json");

    JsonNode root = JSON.readTree(run.out());
    assertThat(root.path("schedule").path("parked").asBoolean()).isTrue();
    assertThat(root.path("schedule").path("windows").toString())
        .isEqualTo("[{\"start\":\"12:45\",\"end\":\"13:00\"}]");
  }

  @Test
  void text_output_draws_the_day_quarter_hour_by_quarter_hour() {
    CliRun run = plan("--dispatches", "dispatches.json", "--now", "2026-03-10T13:02:00Z");

    assertThat(run.status()).isZero();
    String timeline = "------###########" + "=".repeat(39) + "####" + "=".repeat(35) + "-";
    assertThat(run.out())
        .contains("Plan at 2026-03-10T13:02:00Z (Tue 2026-03-10 13:02 +00:00 Europe/London)")
        .contains("SMART  Tue 2026-03-10 14:00 +00:00 -> Tue 2026-03-10 15:00 +00:00")
        .contains("Schedule: ctrDis=1, discharge only in 04:15-14:00, 15:00-23:45")
        .contains(
            "Legacy store: ctrDis=1 timeDisf1=04:15 timeDise1=14:00 timeDisf2=15:00 timeDise2=23:45")
        .contains("Allowed, not written this time: [00:00-01:30, 23:45-24:00]")
        .contains("    " + timeline + "\n")
        .contains(" ".repeat(4 + 52) + "^ now 13:02\n");
  }

  @Test
  void text_output_shows_parking_and_all_day_discharge_plainly() throws IOException {
    Files.writeString(
        dir.resolve("all-day.json"),
        "[{\"start\":\"2026-03-10T12:00:00Z\",\"end\":\"2026-03-11T14:00:00Z\",\"type\":\"SMART\"}]");

    assertThat(plan("--dispatches", "all-day.json").out())
        .contains("nothing allowed: parked at 12:45-13:00")
        .contains("#".repeat(51) + "P" + "#".repeat(44));
    assertThat(plan("--dispatches", "bare.json", "--protect-boost", "false").out())
        .contains("Schedule: ctrDis=0, discharge allowed all day")
        .contains("=".repeat(96));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad JSON            | broken.json   | --zone=Europe/London  | are not valid JSON at line 1",
        "end before start    | reversed.json | --zone=Europe/London  | is not after start",
        "missing field       | no-end.json   | --zone=Europe/London  | dispatch 0: missing end",
        "GraphQL error       | kt-ct-4340.json | --zone=Europe/London | KT-CT-4340",
        "empty input         | empty.json    | --zone=Europe/London  | the input is empty",
        "missing file        | nowhere.json  | --zone=Europe/London  | does not exist",
        "unknown zone        | bare.json     | --zone=Europe/Londn   | unknown time zone \"Europe/Londn\"",
        "baseline off grid   | bare.json     | --baseline=5:30-23:30 | got \"5:30-23:30\"",
        "guard without unit  | bare.json     | --guard-before=15     | expected a duration",
        "guard too long      | bare.json     | --guard-after=7h      | expected a duration from 0s to 6h",
        "too many windows    | bare.json     | --windows=7           | --windows must be 1 to 6",
        "bad instant         | bare.json     | --now=yesterday       | expected an ISO-8601 instant",
        "bad format          | bare.json     | --format=xml          | --format",
        "text after the JSON | trailing.json | --zone=Europe/London  | are not valid JSON at line 1",
      })
  void bad_input_is_one_line_on_stderr_and_exit_status_2(
      String name, String file, String option, String message) throws IOException {
    Files.writeString(dir.resolve("broken.json"), "[{\"start\": ");
    Files.writeString(
        dir.resolve("reversed.json"),
        "[{\"start\":\"2026-03-10T15:00:00Z\",\"end\":\"2026-03-10T14:00:00Z\",\"type\":\"SMART\"}]");
    Files.writeString(
        dir.resolve("no-end.json"), "[{\"start\":\"2026-03-10T15:00:00Z\",\"type\":\"SMART\"}]");
    Files.writeString(dir.resolve("empty.json"), "");
    Files.writeString(dir.resolve("trailing.json"), "[] {\"errors\":[]}");
    Files.copy(
        Path.of(
            "src/test/resources/fixtures/octopus/kt-ct-4340-flexplanneddispatches-error.bottlecapdave-issue-1369.json"),
        dir.resolve("kt-ct-4340.json"));

    CliRun run = plan("--dispatches", file, option);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: ").contains(message);
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void the_dispatches_option_is_required() {
    CliRun run = plan("--format", "json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--dispatches").hasLineCount(1);
  }

  @Test
  void help_describes_every_option() {
    CliRun run = plan("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("--dispatches=FILE|-")
        .contains("--now=ISO-INSTANT")
        .contains("--zone")
        .contains("--baseline")
        .contains("--guard-before")
        .contains("--guard-after")
        .contains("--windows=N")
        .contains("--protect-boost")
        .contains("--format");
  }

  private CliRun plan(String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "plan";
    System.arraycopy(options, 0, args, 1, options.length);
    return CliRun.run(dir, Map.of(), "", args);
  }
}
