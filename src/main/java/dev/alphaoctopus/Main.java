package dev.alphaoctopus;

import dev.alphaoctopus.cli.Cli;
import dev.alphaoctopus.cli.CliContext;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/** Starts the command line with the real environment, clock and streams. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CliContext context =
        new CliContext(
            System.getenv(),
            Path.of("").toAbsolutePath(),
            Clock.systemUTC(),
            System.in,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    System.exit(Cli.execute(args, context));
  }
}
