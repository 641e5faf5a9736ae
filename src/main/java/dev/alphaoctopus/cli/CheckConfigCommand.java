package dev.alphaoctopus.cli;

import dev.alphaoctopus.config.Setting;
import dev.alphaoctopus.config.SettingsLoader;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "check-config",
    mixinStandardHelpOptions = true,
    description = {
      "Validate the configuration (conf/application.conf, .env, environment) without calling"
          + " any API, and print the effective settings with secrets masked.",
      "Exit status 0 when the agent could start with it, 2 when it could not."
    })
final class CheckConfigCommand implements Callable<Integer> {

  private final CliContext context;

  CheckConfigCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    SettingsLoader loader = SettingsLoader.from(context.environment(), context.workingDirectory());
    loader.settings().requireCredentials();
    Map<Setting, String> values = loader.effectiveValues();
    int width = values.keySet().stream().mapToInt(s -> s.displayName().length()).max().orElse(0);
    values.forEach(
        (setting, value) ->
            context.out().printf("%-" + width + "s  %s%n", setting.displayName(), value));
    context.out().println("configuration is valid");
    context.out().flush();
    return 0;
  }
}
