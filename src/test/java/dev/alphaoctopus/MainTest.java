package dev.alphaoctopus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** {@code main} in its own JVM: the real streams, environment and exit status. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MainTest {

  @Test
  void plan_prints_the_schedule_as_json_and_exits_0() throws Exception {
    Result result =
        main(
            "plan",
            "--dispatches",
            "docs/examples/dispatches.json",
            "--now",
            "2026-03-10T13:02:00Z",
            "--format",
            "json");

    assertThat(result.status()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).path("schedule").path("windows"))
        .hasSize(2);
  }

  @Test
  void bad_input_exits_2_with_one_line_and_no_stack_trace() throws Exception {
    Result result =
        main("plan", "--dispatches", "docs/examples/dispatches.json", "--baseline", "5:30-23:30");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private record Result(int status, String out, String err) {}

  private static Result main(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), out, err);
  }
}
