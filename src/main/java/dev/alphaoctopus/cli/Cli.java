package dev.alphaoctopus.cli;

import dev.alphaoctopus.Version;
import dev.alphaoctopus.config.ConfigurationException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command line: parses arguments, runs a command, and maps failures to exit statuses. */
@Command(
    name = "alpha-octopus-agent",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.VersionProvider.class,
    description =
        "Keeps an Alpha ESS battery from discharging into an electric car while Intelligent"
            + " Octopus Go charges it.",
    subcommands = {PlanCommand.class, CheckConfigCommand.class})
public final class Cli implements Callable<Integer> {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  private Cli() {}

  /** Runs one command line and returns its exit status. */
  public static int execute(String[] args, CliContext context) {
    CommandLine commandLine = new CommandLine(new Cli(), new Factory(context));
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          context.err().println("error: " + exception.getMessage() + " (see --help)");
          context.err().flush();
          return BAD_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          if (exception instanceof InputException) {
            context.err().println("error: " + exception.getMessage());
          } else if (exception instanceof ConfigurationException configuration) {
            configuration.problems().forEach(p -> context.err().println("configuration: " + p));
          } else {
            context.err().println("error: " + exception);
            context.err().flush();
            return FAILED;
          }
          context.err().flush();
          return BAD_INPUT;
        });
    return commandLine.execute(args);
  }

  /** Without a command there is nothing to do yet: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  private record Factory(CliContext context) implements IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == PlanCommand.class) {
        return type.cast(new PlanCommand(context));
      }
      if (type == CheckConfigCommand.class) {
        return type.cast(new CheckConfigCommand(context));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"alpha-octopus-agent " + Version.current()};
    }
  }
}
