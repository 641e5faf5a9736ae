package dev.alphaoctopus.cli;

import dev.alphaoctopus.planning.Baseline;
import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.Dispatch;
import dev.alphaoctopus.planning.Plan;
import dev.alphaoctopus.planning.Planner;
import dev.alphaoctopus.planning.PlanningPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Show the discharge schedule the agent would write for a set of dispatches.",
      "Offline: reads no configuration and calls no API; every input is an option."
    })
final class PlanCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  private final CliContext context;

  @Option(
      names = "--dispatches",
      required = true,
      paramLabel = "FILE|-",
      description =
          "A flexPlannedDispatches GraphQL response or a bare JSON array of {start,end,type};"
              + " - reads standard input.")
  String dispatches;

  @Option(
      names = "--now",
      paramLabel = "ISO-INSTANT",
      converter = Converters.InstantConverter.class,
      description = "The moment to plan for, such as 2026-03-10T13:02:00Z (default: the clock).")
  Instant now;

  @Option(
      names = "--zone",
      defaultValue = "Europe/London",
      converter = Converters.ZoneConverter.class,
      description = "The site's time zone (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(
      names = "--baseline",
      defaultValue = "00:00-24:00",
      converter = Converters.BaselineConverter.class,
      description =
          "Ranges where discharge is wanted at all, as DISCHARGE_BASELINE"
              + " (default: ${DEFAULT-VALUE}).")
  Baseline baseline;

  @Option(
      names = "--guard-before",
      defaultValue = "0m",
      converter = Converters.GuardConverter.class,
      description = "Widen each protected dispatch this much earlier, such as 15m (default: 0m).")
  Duration guardBefore;

  @Option(
      names = "--guard-after",
      defaultValue = "0m",
      converter = Converters.GuardConverter.class,
      description = "Widen each protected dispatch this much later, such as 90s (default: 0m).")
  Duration guardAfter;

  @Option(
      names = "--windows",
      defaultValue = "2",
      paramLabel = "N",
      description =
          "Discharge windows the Alpha store holds: 2 legacy, up to 6 periodic"
              + " (default: ${DEFAULT-VALUE}).")
  int windows;

  @Option(
      names = "--protect-boost",
      defaultValue = "true",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "true|false",
      description = "Block discharge during BOOST charges too (default: ${DEFAULT-VALUE}).")
  boolean protectBoost;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (a 24-hour timeline) or json (default: ${DEFAULT-VALUE}).")
  Format format;

  PlanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (windows < 1 || windows > DischargeSchedule.MAX_WINDOWS) {
      throw new InputException("--windows must be 1 to 6, got " + windows);
    }
    PlanningPolicy policy = new PlanningPolicy(baseline, guardBefore, guardAfter, protectBoost);
    List<Dispatch> dispatchList = DispatchFile.read(dispatches, context);
    Instant at = now != null ? now : context.clock().instant();
    Plan plan = Planner.plan(at, zone, dispatchList, policy, windows);
    context
        .out()
        .print(format == Format.json ? PlanJson.render(plan) + "\n" : PlanTimeline.render(plan));
    context.out().flush();
    return 0;
  }
}
