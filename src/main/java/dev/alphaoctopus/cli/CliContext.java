package dev.alphaoctopus.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** What a command may touch of the world: its environment, files, clock and streams. */
public record CliContext(
    Map<String, String> environment,
    Path workingDirectory,
    Clock clock,
    InputStream stdin,
    PrintWriter out,
    PrintWriter err) {

  public CliContext {
    environment = Map.copyOf(environment);
  }

  /** Resolves a path given on the command line against the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }
}
