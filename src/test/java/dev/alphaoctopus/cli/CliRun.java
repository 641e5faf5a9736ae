package dev.alphaoctopus.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** One run of the command line with captured streams, a fixed clock and a given environment. */
record CliRun(int status, String out, String err) {

  static final Instant CLOCK_NOW = Instant.parse("2026-03-10T13:02:00Z");

  static CliRun run(
      Path workingDirectory, Map<String, String> environment, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            environment,
            workingDirectory,
            Clock.fixed(CLOCK_NOW, ZoneOffset.UTC),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    int status = Cli.execute(args, context);
    return new CliRun(status, out.toString(), err.toString());
  }
}
