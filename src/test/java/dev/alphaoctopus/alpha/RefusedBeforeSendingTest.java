package dev.alphaoctopus.alpha;

import static dev.alphaoctopus.alpha.AlphaTestSupport.NO_TIME_CONTROL;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.failureCause;
import static dev.alphaoctopus.alpha.PeriodicScheduleTest.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A call the API would refuse, or that lacks an argument, fails its stage with an {@link
 * IllegalArgumentException} and sends nothing. It never throws: an asynchronous retry waiting on
 * the stage would hang.
 */
class RefusedBeforeSendingTest extends AlphaApiTest {

  private static final ChargeConfig NO_GRID_CHARGE =
      new ChargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 100);
  private static final PeriodicSchedule WRITABLE =
      new PeriodicSchedule(
          PeriodicSchedule.DAILY,
          List.of(period("01:00", "05:00")),
          List.of(period("17:00", "21:00")),
          1);

  static Stream<Arguments> callsWithABadSerial() {
    List<BiFunction<AlphaClient, String, CompletionStage<?>>> calls =
        List.of(
            AlphaClient::getDisChargeConfigInfo,
            (client, sn) -> client.updateDisChargeConfigInfo(sn, NO_TIME_CONTROL),
            AlphaClient::getChargeConfigInfo,
            (client, sn) -> client.updateChargeConfigInfo(sn, NO_GRID_CHARGE),
            AlphaClient::getTimeChargeBySn,
            (client, sn) -> client.setTimeChargeBySn(sn, WRITABLE),
            AlphaClient::getLastPowerData);
    List<String> names =
        List.of(
            "getDisChargeConfigInfo",
            "updateDisChargeConfigInfo",
            "getChargeConfigInfo",
            "updateChargeConfigInfo",
            "getTimeChargeBySn",
            "setTimeChargeBySn",
            "getLastPowerData");
    return IntStream.range(0, calls.size())
        .boxed()
        .flatMap(
            i ->
                Arrays.stream(new String[] {null, "", " \t"})
                    .map(
                        serial ->
                            Arguments.of(
                                names.get(i),
                                serial == null ? "null" : "\"" + serial + "\"",
                                (Function<AlphaClient, CompletionStage<?>>)
                                    client -> calls.get(i).apply(client, serial))));
  }

  @ParameterizedTest(name = "{0} with the serial {1}")
  @MethodSource("callsWithABadSerial")
  void a_missing_or_blank_serial_fails_the_stage_and_sends_nothing(
      String operation, String serial, Function<AlphaClient, CompletionStage<?>> call) {
    assertRefusedUnsent(call, "serial");
  }

  static Stream<Arguments> writesWithoutAConfig() {
    return Stream.of(
        Arguments.of(
            "updateDisChargeConfigInfo",
            (Function<AlphaClient, CompletionStage<?>>)
                client -> client.updateDisChargeConfigInfo(SN, null)),
        Arguments.of(
            "updateChargeConfigInfo",
            (Function<AlphaClient, CompletionStage<?>>)
                client -> client.updateChargeConfigInfo(SN, null)),
        Arguments.of(
            "setTimeChargeBySn",
            (Function<AlphaClient, CompletionStage<?>>)
                client -> client.setTimeChargeBySn(SN, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writesWithoutAConfig")
  void a_write_without_a_config_fails_the_stage_and_sends_nothing(
      String operation, Function<AlphaClient, CompletionStage<?>> call) {
    assertRefusedUnsent(call, "missing");
  }

  @Test
  void a_periodic_write_with_an_empty_list_is_never_sent() {
    PeriodicSchedule emptyDischarge =
        new PeriodicSchedule(
            PeriodicSchedule.DAILY, List.of(period("01:00", "05:00")), List.of(), 0);

    assertRefusedUnsent(client -> client.setTimeChargeBySn(SN, emptyDischarge), "empty");
  }

  @Test
  void a_weekly_periodic_write_over_28_periods_a_week_is_never_sent() {
    List<SchedulePeriod> fiveDaily =
        IntStream.range(0, 5)
            .mapToObj(hour -> period("1" + hour + ":00", "1" + hour + ":30"))
            .toList();
    PeriodicSchedule weekly =
        new PeriodicSchedule(
            PeriodicSchedule.WEEKLY, List.of(period("01:00", "05:00")), fiveDaily, 1);

    assertRefusedUnsent(client -> client.setTimeChargeBySn(SN, weekly), "35 periods a week");
  }

  @Test
  void a_periodic_schedule_as_read_is_never_written_back_with_a_guessed_flag() {
    assertRefusedUnsent(
        client -> client.setTimeChargeBySn(SN, WRITABLE.asReadBack()), "ctrDisCycle is unknown");
  }

  private void assertRefusedUnsent(Function<AlphaClient, CompletionStage<?>> call, String why) {
    AtomicReference<CompletionStage<?>> stage = new AtomicReference<>();

    assertThatCode(() -> stage.set(call.apply(client))).doesNotThrowAnyException();

    assertThat(failureCause(stage.get()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(why);
    assertThat(api.getAllServeEvents()).isEmpty();
  }
}
