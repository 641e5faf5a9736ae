package dev.alphaoctopus.planning;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One plan of 20 dispatches over a day that crosses a clock change; budget 50 µs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlannerBenchmark {

  @Param({"2", "6"})
  int capacity;

  private final ZoneId zone = ZoneId.of("Europe/London");
  private final Instant now = Instant.parse("2027-10-30T12:07:13Z");
  private final PlanningPolicy policy =
      new PlanningPolicy(
          Baseline.parse("05:30-23:30"), Duration.ofMinutes(5), Duration.ofMinutes(10), true);
  private List<Dispatch> dispatches;

  @Setup
  public void dispatches() {
    dispatches = new ArrayList<>();
    DispatchType[] types = DispatchType.values();
    for (int i = 0; i < 20; i++) {
      // Unaligned 17-minute charges every 71 minutes, from two hours ago to a day ahead.
      Instant start = now.plus(Duration.ofMinutes(71L * i - 120).plusSeconds(7 * i));
      dispatches.add(
          new Dispatch(start, start.plus(Duration.ofMinutes(17)), types[i % types.length]));
    }
  }

  @Benchmark
  public Plan plan() {
    return Planner.plan(now, zone, dispatches, policy, capacity);
  }
}
