package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.ownPayload;
import static dev.alphaoctopus.alpha.AlphaTestSupport.readBackOf;
import static dev.alphaoctopus.alpha.AlphaTestSupport.result;
import static dev.alphaoctopus.alpha.PeriodicScheduleTest.period;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alphaoctopus.planning.DischargeSchedule;
import dev.alphaoctopus.planning.DischargeWindow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is written, served back as the device's read answer, equals the config that was built: the
 * writer compares device configs, not planning schedules.
 */
class WrittenConfigReadsBackTest extends AlphaApiTest {

  /** Lets the device hold what was posted and answer it on {@code read}. */
  private void deviceStoresWhatWasPosted(String read) {
    String posted = api.getAllServeEvents().get(0).getRequest().getBodyAsString();
    api.stubFor(get(urlPathEqualTo("/api/" + read)).willReturn(okJson(readBackOf(posted))));
  }

  private void writesSucceed(String write) {
    api.stubFor(
        post("/api/" + write).willReturn(okJson(ownPayload("write.success.response.json"))));
  }

  @Test
  void a_parked_legacy_schedule_reads_back_as_the_config_written() {
    writesSucceed("updateDisChargeConfigInfo");
    DischargeConfig current = new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 7);
    DischargeConfig written =
        current
            .withSchedule(DischargeSchedule.parkedAt(DischargeWindow.of("13:30", "13:45")))
            .orElseThrow();

    result(client.updateDisChargeConfigInfo(SN, written));
    deviceStoresWhatWasPosted("getDisChargeConfigInfo");

    assertThat(result(client.getDisChargeConfigInfo(SN))).isEqualTo(written);
  }

  @Test
  void periodic_windows_trimmed_around_charge_periods_read_back_as_the_periods_written() {
    writesSucceed("setTimeChargeBySn");
    PeriodicSchedule current =
        PeriodicSchedule.asRead(
            PeriodicSchedule.DAILY,
            List.of(period("23:30", "05:30", 3000, 90), period("12:00", "13:00", 3000, 90)),
            List.of(period("17:00", "21:00", 2500, 20)));
    DischargeSchedule desired =
        DischargeSchedule.within(
            List.of(DischargeWindow.of("04:00", "08:00"), DischargeWindow.of("11:00", "23:45")));
    PeriodicSchedule written = current.withDischarge(desired).orElseThrow();

    result(client.setTimeChargeBySn(SN, written));
    deviceStoresWhatWasPosted("getTimeChargeBySn");
    PeriodicSchedule readBack = result(client.getTimeChargeBySn(SN));

    assertThat(written.dischargePeriods())
        .containsExactly(
            period("05:30", "08:00", 2500, 20),
            period("11:00", "12:00", 2500, 20),
            period("13:00", "23:30", 2500, 20));
    assertThat(readBack).isEqualTo(written.asReadBack());
    assertThat(readBack.ctrDisCycle()).isEmpty();
  }

  @Test
  void a_periodic_restriction_read_back_with_its_flag_as_0_is_not_taken_for_unrestricted() {
    writesSucceed("setTimeChargeBySn");
    PeriodicSchedule written =
        new PeriodicSchedule(
            PeriodicSchedule.DAILY,
            List.of(period("23:30", "05:30", 3000, 90)),
            List.of(period("17:00", "21:00", 2500, 20)),
            1);

    result(client.setTimeChargeBySn(SN, written));
    deviceStoresWhatWasPosted("getTimeChargeBySn");
    PeriodicSchedule readBack = result(client.getTimeChargeBySn(SN));

    assertThat(readBack.toSchedule(true))
        .contains(DischargeSchedule.within(List.of(DischargeWindow.of("17:00", "21:00"))))
        .isNotEqualTo(readBack.toSchedule(false));
  }
}
