package dev.alphaoctopus.alpha;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.alphaoctopus.alpha.AlphaTestSupport.APP_ID;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SIGN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.TIME_STAMP;
import static dev.alphaoctopus.alpha.AlphaTestSupport.fixture;
import static dev.alphaoctopus.alpha.AlphaTestSupport.ownPayload;
import static dev.alphaoctopus.alpha.AlphaTestSupport.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.alphaoctopus.planning.QuarterHour;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.apache.pekko.Done;
import org.junit.jupiter.api.Test;

class HttpAlphaClientOperationsTest extends AlphaApiTest {

  private static RequestPatternBuilder signed(RequestPatternBuilder request) {
    return request
        .withHeader("appId", equalTo(APP_ID))
        .withHeader("timeStamp", equalTo(Long.toString(TIME_STAMP)))
        .withHeader("sign", equalTo(SIGN));
  }

  @Test
  void getEssList_sends_only_the_signed_headers_and_reads_every_system() {
    api.stubFor(get("/api/getEssList").willReturn(okJson(ownPayload("getEssList.response.json"))));

    List<EssSystem> systems = result(client.getEssList());

    api.verify(signed(getRequestedFor(urlPathEqualTo("/api/getEssList"))));
    assertThat(api.getAllServeEvents().get(0).getRequest().getUrl()).isEqualTo("/api/getEssList");
    assertThat(systems)
        .containsExactly(
            new EssSystem("AL0000000000001", "SMILE-G3-S5", "SMILE-G3-BAT-10.1P", "Normal"),
            new EssSystem("AL0000000000002", "SMILE5", "", ""));
  }

  @Test
  void getDisChargeConfigInfo_asks_for_the_serial_and_reads_the_live_capture() {
    api.stubFor(
        get(urlPathEqualTo("/api/getDisChargeConfigInfo"))
            .willReturn(okJson(fixture("getDisChargeConfigInfo.response.json"))));

    DischargeConfig config = result(client.getDisChargeConfigInfo(SN));

    api.verify(
        signed(getRequestedFor(urlPathEqualTo("/api/getDisChargeConfigInfo")))
            .withQueryParam("sysSn", equalTo(SN)));
    assertThat(config).isEqualTo(new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 5));
  }

  @Test
  void updateDisChargeConfigInfo_posts_all_seven_fields_as_json() {
    api.stubFor(
        post("/api/updateDisChargeConfigInfo")
            .willReturn(okJson(ownPayload("write.success.response.json"))));
    DischargeConfig config =
        new DischargeConfig(1, TimeSlot.of("17:00", "21:00"), TimeSlot.of("23:30", "23:45"), 20);

    Done done = result(client.updateDisChargeConfigInfo(SN, config));

    assertThat(done).isEqualTo(Done.getInstance());
    api.verify(
        signed(postRequestedFor(urlPathEqualTo("/api/updateDisChargeConfigInfo")))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"sysSn":"AL2002321010043","ctrDis":1,"batUseCap":20,
                     "timeDisf1":"17:00","timeDise1":"21:00",
                     "timeDisf2":"23:30","timeDise2":"23:45"}""")));
  }

  @Test
  void updateDisChargeConfigInfo_body_matches_the_vendors_own_postman_example() {
    api.stubFor(
        post("/api/updateDisChargeConfigInfo")
            .willReturn(okJson(ownPayload("write.success.response.json"))));
    DischargeConfig config = new DischargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 10);

    result(client.updateDisChargeConfigInfo("AL20020171xxxxx", config));

    api.verify(
        postRequestedFor(urlPathEqualTo("/api/updateDisChargeConfigInfo"))
            .withRequestBody(
                equalToJson(fixture("updateDisChargeConfigInfo.request.official-postman.json"))));
  }

  @Test
  void getChargeConfigInfo_asks_for_the_serial_and_reads_the_live_capture() {
    api.stubFor(
        get(urlPathEqualTo("/api/getChargeConfigInfo"))
            .willReturn(okJson(fixture("getChargeConfigInfo.response.json"))));

    ChargeConfig config = result(client.getChargeConfigInfo(SN));

    api.verify(
        signed(getRequestedFor(urlPathEqualTo("/api/getChargeConfigInfo")))
            .withQueryParam("sysSn", equalTo(SN)));
    assertThat(config)
        .isEqualTo(new ChargeConfig(0, TimeSlot.of("11:00", "14:00"), TimeSlot.UNUSED, 100));
  }

  @Test
  void updateChargeConfigInfo_posts_all_seven_fields_with_integer_percentages() {
    api.stubFor(
        post("/api/updateChargeConfigInfo")
            .willReturn(okJson(ownPayload("write.success.response.json"))));
    ChargeConfig config =
        new ChargeConfig(1, TimeSlot.of("00:00", "22:15"), TimeSlot.of("01:15", "00:00"), 95);

    result(client.updateChargeConfigInfo(SN, config));

    api.verify(
        signed(postRequestedFor(urlPathEqualTo("/api/updateChargeConfigInfo")))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"sysSn":"AL2002321010043","gridCharge":1,"batHighCap":95,
                     "timeChaf1":"00:00","timeChae1":"22:15",
                     "timeChaf2":"01:15","timeChae2":"00:00"}""")));
  }

  @Test
  void getTimeChargeBySn_reads_both_period_lists() {
    api.stubFor(
        get(urlPathEqualTo("/api/getTimeChargeBySn"))
            .willReturn(okJson(ownPayload("getTimeChargeBySn.response.json"))));

    PeriodicSchedule schedule = result(client.getTimeChargeBySn(SN));

    api.verify(
        signed(getRequestedFor(urlPathEqualTo("/api/getTimeChargeBySn")))
            .withQueryParam("sysSn", equalTo(SN)));
    assertThat(schedule)
        .isEqualTo(
            PeriodicSchedule.asRead(
                PeriodicSchedule.DAILY,
                List.of(period("23:30", "05:30", 3000, 90)),
                List.of(period("17:00", "21:00", 2500, 20))));
    assertThat(schedule.ctrDisCycle()).as("read back as 0 whatever was written").isEmpty();
  }

  @Test
  void setTimeChargeBySn_posts_the_lists_and_the_discharge_flag_but_not_the_grid_charge_flag() {
    api.stubFor(
        post("/api/setTimeChargeBySn")
            .willReturn(okJson(ownPayload("write.success.response.json"))));
    PeriodicSchedule schedule =
        new PeriodicSchedule(
            PeriodicSchedule.DAILY,
            List.of(
                new SchedulePeriod(
                    QuarterHour.parse("23:30"),
                    QuarterHour.parse("05:30"),
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY),
                    3000,
                    90)),
            List.of(period("17:00", "21:00", 2500, 20), period("06:00", "08:00", 2500, 20)),
            1);

    result(client.setTimeChargeBySn(SN, schedule));

    api.verify(
        signed(postRequestedFor(urlPathEqualTo("/api/setTimeChargeBySn")))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"sysSn":"AL2002321010043","executeCycleType":0,"ctrDisCycle":1,
                     "chargeTimeList":[{"beginTime":"23:30","endTime":"05:30","weeks":[1,7],
                                        "chargePower":3000,"chargeLimit":90}],
                     "dischargeTimeList":[
                       {"beginTime":"17:00","endTime":"21:00","weeks":[1,2,3,4,5,6,7],
                        "chargePower":2500,"chargeLimit":20},
                       {"beginTime":"06:00","endTime":"08:00","weeks":[1,2,3,4,5,6,7],
                        "chargePower":2500,"chargeLimit":20}]}"""))
            .withRequestBody(matchingJsonPath("$.gridChargeCycle", absent())));
  }

  @Test
  void getLastPowerData_reads_the_five_figures_of_the_live_capture() {
    api.stubFor(
        get(urlPathEqualTo("/api/getLastPowerData"))
            .willReturn(okJson(fixture("getLastPowerData.response.json"))));

    PowerData power = result(client.getLastPowerData(SN));

    api.verify(
        signed(getRequestedFor(urlPathEqualTo("/api/getLastPowerData")))
            .withQueryParam("sysSn", equalTo(SN)));
    assertThat(power).isEqualTo(new PowerData(56.0, 1264.0, 1275.0, 11.0, 0.0));
  }

  @Test
  void a_write_succeeds_when_the_envelope_reports_success_with_null_data() {
    api.stubFor(
        post("/api/updateChargeConfigInfo")
            .willReturn(
                okJson("{\"code\":200,\"msg\":\"Success\",\"expMsg\":null,\"data\":null}")));

    Done done =
        result(
            client.updateChargeConfigInfo(
                SN, new ChargeConfig(0, TimeSlot.UNUSED, TimeSlot.UNUSED, 100)));

    assertThat(done).isEqualTo(Done.getInstance());
  }

  @Test
  void every_request_is_signed_with_the_time_it_is_sent() {
    api.stubFor(get("/api/getEssList").willReturn(okJson(ownPayload("getEssList.response.json"))));
    SteppingClock clock = new SteppingClock(TIME_STAMP, Duration.ofSeconds(30));
    HttpAlphaClient steppingClient =
        new HttpAlphaClient(
            system,
            "http://127.0.0.1:" + api.getPort() + "/api/",
            APP_ID,
            AppSecret.of(AlphaTestSupport.APP_SECRET),
            Duration.ofMillis(500),
            Duration.ofSeconds(3),
            clock);

    result(steppingClient.getEssList());
    result(steppingClient.getEssList());

    assertThat(api.getAllServeEvents())
        .extracting(event -> event.getRequest().getHeader("timeStamp"))
        .containsExactlyInAnyOrder("1676353875", "1676353905");
    assertThat(api.getAllServeEvents())
        .extracting(event -> event.getRequest().getHeader("sign"))
        .doesNotHaveDuplicates()
        .allSatisfy(sign -> assertThat(sign).hasSize(128));
  }

  private static SchedulePeriod period(String begin, String end, int power, int limit) {
    return new SchedulePeriod(
        QuarterHour.parse(begin), QuarterHour.parse(end), SchedulePeriod.EVERY_DAY, power, limit);
  }
}
