package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.alphaoctopus.octopus.KrakenStub.PATH;
import static dev.alphaoctopus.octopus.KrakenStub.failureOf;
import static dev.alphaoctopus.octopus.KrakenStub.fixture;
import static dev.alphaoctopus.octopus.KrakenStub.resultOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpOctopusClientDevicesTest {

  private static final ActorSystem<Void> system = KrakenStub.actorSystem("");
  private static final ObjectMapper json = new ObjectMapper();

  @RegisterExtension static final WireMockExtension kraken = KrakenStub.wireMock();

  @AfterAll
  static void shutDown() {
    KrakenStub.shutDown(system);
  }

  private HttpOctopusClient client() {
    return KrakenStub.client(system, kraken.getPort());
  }

  private void answerWithData(String dataJson) {
    kraken.stubFor(post(PATH).willReturn(okJson("{\"data\": " + dataJson + "}")));
  }

  private static String devices(String... devicesJson) {
    return "{\"devices\": [" + String.join(",", devicesJson) + "]}";
  }

  @Test
  void asks_with_the_raw_token_and_the_account_number_as_a_variable() throws Exception {
    answerWithData(devices());

    resultOf(client().liveElectricVehicles(KrakenStub.token("the-token"), "A-1A2B3C4D"));

    Map<String, Object> body =
        Map.of(
            "query",
            "query Devices($accountNumber: String!) {"
                + " devices(accountNumber: $accountNumber) {"
                + " id deviceType __typename status { current }"
                + " ... on SmartFlexVehicle { make model }"
                + " ... on SmartFlexChargePoint { make model } } }",
            "variables",
            Map.of("accountNumber", "A-1A2B3C4D"));
    kraken.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("the-token"))
            .withHeader("User-Agent", equalTo("alpha-octopus-agent/1.2.3-test"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(json.writeValueAsString(body))));
  }

  @Test
  void keeps_the_live_electric_vehicles_and_skips_the_meter() {
    answerWithData(fixture("devices-response.predbat.json"));

    List<FlexDevice> live =
        resultOf(client().liveElectricVehicles(KrakenStub.token("token-for-tests"), "A-1A2B3C4D"));

    assertThat(live)
        .containsExactly(
            new FlexDevice(
                "00000000-0002-4000-8020-0000000ea7d3",
                "SmartFlexVehicle",
                Optional.of("Mini"),
                Optional.of("Cooper SE")),
            new FlexDevice(
                "00000000-0002-4000-8020-0000000df503",
                "SmartFlexVehicle",
                Optional.of("BMW"),
                Optional.of("iX3")));
  }

  @Test
  void skips_electric_vehicles_that_are_not_live_and_keeps_live_charge_points() {
    answerWithData(
        devices(
            "{\"id\": \"onboarding\", \"deviceType\": \"ELECTRIC_VEHICLES\","
                + " \"__typename\": \"SmartFlexVehicle\", \"status\": {\"current\": \"ONBOARDING\"}}",
            "{\"id\": \"retired\", \"deviceType\": \"ELECTRIC_VEHICLES\","
                + " \"__typename\": \"SmartFlexVehicle\", \"status\": {\"current\": \"RETIRED\"}}",
            "{\"id\": \"charger\", \"deviceType\": \"ELECTRIC_VEHICLES\","
                + " \"__typename\": \"SmartFlexChargePoint\", \"status\": {\"current\": \"LIVE\"}}"));

    List<FlexDevice> live =
        resultOf(client().liveElectricVehicles(KrakenStub.token("token-for-tests"), "A-1A2B3C4D"));

    assertThat(live)
        .containsExactly(
            new FlexDevice("charger", "SmartFlexChargePoint", Optional.empty(), Optional.empty()));
  }

  @Test
  void a_live_vehicle_without_an_id_is_malformed() {
    answerWithData(
        devices(
            "{\"deviceType\": \"ELECTRIC_VEHICLES\", \"__typename\": \"SmartFlexVehicle\","
                + " \"status\": {\"current\": \"LIVE\"}}"));

    Throwable failure =
        failureOf(client().liveElectricVehicles(KrakenStub.token("token-for-tests"), "A-1A2B3C4D"));

    assertThat(failure)
        .isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessage("device 0: missing id");
  }

  @Test
  void a_vehicle_without_a_status_is_malformed_rather_than_silently_skipped() {
    answerWithData(
        devices(
            "{\"id\": \"x\", \"deviceType\": \"ELECTRIC_VEHICLES\","
                + " \"__typename\": \"SmartFlexVehicle\"}"));

    Throwable failure =
        failureOf(client().liveElectricVehicles(KrakenStub.token("token-for-tests"), "A-1A2B3C4D"));

    assertThat(failure)
        .isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessage("device 0: missing status.current");
  }
}
