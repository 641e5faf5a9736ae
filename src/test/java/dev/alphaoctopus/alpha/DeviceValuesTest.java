package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.envelope;
import static dev.alphaoctopus.alpha.AlphaTestSupport.failure;
import static dev.alphaoctopus.alpha.AlphaTestSupport.fixture;
import static dev.alphaoctopus.alpha.AlphaTestSupport.ownPayload;
import static dev.alphaoctopus.alpha.AlphaTestSupport.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values from the device are read tolerantly; a surprising one is named with its field. */
class DeviceValuesTest extends AlphaApiTest {

  private void answer(String operation, String body) {
    api.stubFor(get(urlPathEqualTo("/api/" + operation)).willReturn(okJson(body)));
  }

  private AlphaApiException dischargeFailure(String from1, String end1) {
    answer("getDisChargeConfigInfo", envelope(dischargeData(from1, end1)));
    return failure(client.getDisChargeConfigInfo(SN));
  }

  private static String dischargeData(String from1, String end1) {
    return "{\"ctrDis\":1,\"timeDisf1\":"
        + from1
        + ",\"timeDise1\":"
        + end1
        + ",\"timeDisf2\":\"00:00\",\"timeDise2\":\"00:00\",\"batUseCap\":10}";
  }

  @Test
  void an_unpadded_time_from_the_device_is_read() {
    answer("getDisChargeConfigInfo", envelope(dischargeData("\"9:00\"", "\"21:15\"")));

    DischargeConfig config = result(client.getDisChargeConfigInfo(SN));

    assertThat(config.slot1()).isEqualTo(TimeSlot.of("09:00", "21:15"));
  }

  @Test
  void a_time_of_24_00_is_reported_with_its_field_and_value() {
    AlphaApiException error = dischargeFailure("\"17:00\"", "\"24:00\"");

    assertThat(error).isInstanceOf(AlphaApiException.MalformedResponse.class);
    assertThat(error.field()).contains("timeDise1");
    assertThat(error.getMessage()).contains("timeDise1", "\"24:00\"");
  }

  @Test
  void a_null_time_is_reported_with_its_field() {
    AlphaApiException error = dischargeFailure("null", "\"21:00\"");

    assertThat(error.field()).contains("timeDisf1");
    assertThat(error.getMessage()).contains("timeDisf1 is null");
  }

  @Test
  void a_time_off_the_grid_is_reported_with_its_field_and_value() {
    AlphaApiException error = dischargeFailure("\"17:10\"", "\"21:00\"");

    assertThat(error.field()).contains("timeDisf1");
    assertThat(error.getMessage()).contains("\"17:10\"");
  }

  @Test
  void a_flag_outside_0_and_1_is_reported_with_its_field() {
    answer(
        "getDisChargeConfigInfo",
        envelope(dischargeData("\"17:00\"", "\"21:00\"").replace("\"ctrDis\":1", "\"ctrDis\":2")));

    assertThat(failure(client.getDisChargeConfigInfo(SN)).field()).contains("ctrDis");
  }

  @Test
  void a_percentage_sent_as_text_or_as_a_decimal_is_read() {
    answer(
        "getChargeConfigInfo",
        envelope(
            "{\"gridCharge\":1,\"timeChaf1\":\"00:00\",\"timeChae1\":\"05:00\","
                + "\"timeChaf2\":\"00:00\",\"timeChae2\":\"00:00\",\"batHighCap\":\"95\"}"));

    assertThat(result(client.getChargeConfigInfo(SN)).batHighCap()).isEqualTo(95);
  }

  @Test
  void a_period_with_a_surprising_time_names_its_place_in_the_list() {
    answer(
        "getTimeChargeBySn",
        ownPayload("getTimeChargeBySn.response.json").replace("\"21:00\"", "\"21:07\""));

    assertThat(failure(client.getTimeChargeBySn(SN)).field())
        .contains("dischargeTimeList[0].endTime");
  }

  @Test
  void weekdays_sent_as_comma_separated_text_are_read() {
    answer(
        "getTimeChargeBySn",
        ownPayload("getTimeChargeBySn.response.json")
            .replace("[1, 2, 3, 4, 5, 6, 7]", "\"1,2,3,4,5\""));

    PeriodicSchedule schedule = result(client.getTimeChargeBySn(SN));

    assertThat(schedule.chargePeriods().get(0).weeks())
        .containsExactlyElementsOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  @Test
  void a_weekday_outside_1_to_7_names_its_place_in_the_list() {
    answer(
        "getTimeChargeBySn",
        ownPayload("getTimeChargeBySn.response.json").replace("[6, 5, 4, 3, 2, 1, 7]", "[0, 1]"));

    assertThat(failure(client.getTimeChargeBySn(SN)).field())
        .contains("dischargeTimeList[0].weeks");
  }

  @Test
  void a_system_without_a_serial_is_reported_with_its_place_in_the_list() {
    api.stubFor(
        get("/api/getEssList")
            .willReturn(
                okJson(
                    ownPayload("getEssList.response.json")
                        .replace("\"AL0000000000002\"", "null"))));

    assertThat(failure(client.getEssList()).field()).contains("data[1].sysSn");
  }

  @Test
  void a_periodic_answer_without_lists_or_flags_reads_as_empty_daily_lists_with_the_flag_unknown() {
    answer("getTimeChargeBySn", envelope("{}"));

    assertThat(result(client.getTimeChargeBySn(SN)))
        .isEqualTo(PeriodicSchedule.asRead(PeriodicSchedule.DAILY, List.of(), List.of()));
  }

  @Test
  void a_fractional_percentage_is_reported_with_its_field() {
    answer(
        "getChargeConfigInfo",
        fixture("getChargeConfigInfo.response.json")
            .replace("\"batHighCap\": 100", "\"batHighCap\": 99.5"));

    assertThat(failure(client.getChargeConfigInfo(SN)).field()).contains("batHighCap");
  }

  @Test
  void a_missing_power_figure_is_reported_with_its_field() {
    answer(
        "getLastPowerData",
        fixture("getLastPowerData.response.json").replace("\"pbat\": 1264.0", "\"pbat\": null"));

    assertThat(failure(client.getLastPowerData(SN)).field()).contains("pbat");
  }
}
