package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.alphaoctopus.octopus.KrakenStub.PATH;
import static dev.alphaoctopus.octopus.KrakenStub.failureOf;
import static dev.alphaoctopus.octopus.KrakenStub.resource;
import static dev.alphaoctopus.octopus.KrakenStub.resultOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.alphaoctopus.planning.Dispatch;
import dev.alphaoctopus.planning.DispatchType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpOctopusClientDispatchesTest {

  private static final ActorSystem<Void> system = KrakenStub.actorSystem("");
  private static final ObjectMapper json = new ObjectMapper();
  private static final String DEVICE = "00000000-0002-4000-8020-0000000ea7d3";

  @RegisterExtension static final WireMockExtension kraken = KrakenStub.wireMock();

  @AfterAll
  static void shutDown() {
    KrakenStub.shutDown(system);
  }

  private List<Dispatch> dispatchesAnswering(String body) {
    kraken.stubFor(post(PATH).willReturn(okJson(body)));
    return resultOf(client().plannedDispatches(KrakenStub.token("the-token"), DEVICE));
  }

  private Throwable failureAnswering(String body) {
    kraken.stubFor(post(PATH).willReturn(okJson(body)));
    return failureOf(client().plannedDispatches(KrakenStub.token("the-token"), DEVICE));
  }

  private HttpOctopusClient client() {
    return KrakenStub.client(system, kraken.getPort());
  }

  private static String oneDispatch(String fieldsJson) {
    return "{\"data\":{\"flexPlannedDispatches\":[{" + fieldsJson + "}]}}";
  }

  @Test
  void asks_with_the_raw_token_and_the_device_id_as_a_variable() throws Exception {
    dispatchesAnswering("{\"data\":{\"flexPlannedDispatches\":[]}}");

    Map<String, Object> body =
        Map.of(
            "query",
            "query FlexPlannedDispatches($deviceId: String!) {"
                + " flexPlannedDispatches(deviceId: $deviceId) { start end type energyAddedKwh } }",
            "variables",
            Map.of("deviceId", DEVICE));
    kraken.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("Authorization", equalTo("the-token"))
            .withHeader("User-Agent", equalTo("alpha-octopus-agent/1.2.3-test"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson(json.writeValueAsString(body))));
  }

  @Test
  void maps_planned_dispatches_in_order_to_planning_dispatches() {
    List<Dispatch> dispatches =
        dispatchesAnswering(resource("flex-planned-dispatches.response.json"));

    assertThat(dispatches)
        .containsExactly(
            new Dispatch(
                Instant.parse("2026-03-10T14:00:00Z"),
                Instant.parse("2026-03-10T15:00:00Z"),
                DispatchType.SMART,
                Optional.of(new BigDecimal("6.521"))),
            new Dispatch(
                Instant.parse("2026-03-11T01:30:00Z"),
                Instant.parse("2026-03-11T04:00:00Z"),
                DispatchType.BOOST,
                Optional.of(new BigDecimal("16.3025"))),
            new Dispatch(
                Instant.parse("2026-03-11T04:00:00.956106Z"),
                Instant.parse("2026-03-11T04:12:00.000001Z"),
                DispatchType.TEST,
                Optional.empty()));
  }

  @Test
  void no_planned_dispatches_is_an_empty_plan() {
    assertThat(dispatchesAnswering("{\"data\":{\"flexPlannedDispatches\":[]}}")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-10T14:00:00+00:00, 2026-03-10T14:00:00Z",
    "2026-03-10T14:00:00Z, 2026-03-10T14:00:00Z",
    "2026-03-10T14:00:00.956106+00:00, 2026-03-10T14:00:00.956106Z",
    "2026-03-10T15:00:00+01:00, 2026-03-10T14:00:00Z"
  })
  void reads_every_timestamp_form_as_an_instant(String start, Instant expected) {
    Dispatch dispatch =
        dispatchesAnswering(
                oneDispatch(
                    "\"start\": \""
                        + start
                        + "\", \"end\": \"2026-03-10T16:00:00Z\", \"type\": \"SMART\","
                        + " \"energyAddedKwh\": null"))
            .get(0);

    assertThat(dispatch.start()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"'\"-6.521\"' | 6.521", "-16.3025 | 16.3025", "'\"0.083\"' | 0.083", "2 | 2"})
  void reads_energy_given_as_a_string_or_a_number_as_an_absolute_decimal(
      String energyJson, BigDecimal expected) {
    Dispatch dispatch = dispatchesAnswering(oneDispatchWithEnergy(energyJson)).get(0);

    assertThat(dispatch.energyAddedKwh()).contains(expected);
  }

  @Test
  void reads_a_numeric_energy_exactly_rather_than_through_a_double() {
    Dispatch dispatch =
        dispatchesAnswering(oneDispatchWithEnergy("-1.123456789012345678901")).get(0);

    assertThat(dispatch.energyAddedKwh()).contains(new BigDecimal("1.123456789012345678901"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"'\"abc\"'", "true", "{}"})
  void an_energy_that_is_not_a_number_is_a_data_error(String energyJson) {
    Throwable failure = failureAnswering(oneDispatchWithEnergy(energyJson));

    assertThat(failure)
        .isExactlyInstanceOf(DispatchDataException.class)
        .hasMessage("dispatch 0: energyAddedKwh " + energyJson + " is not a number");
  }

  @Test
  void a_null_energy_is_unknown_energy() {
    assertThat(dispatchesAnswering(oneDispatchWithEnergy("null")).get(0).energyAddedKwh())
        .isEmpty();
  }

  private static String oneDispatchWithEnergy(String energyJson) {
    return oneDispatch(
        "\"start\": \"2026-03-10T14:00:00Z\", \"end\": \"2026-03-10T15:00:00Z\","
            + " \"type\": \"SMART\", \"energyAddedKwh\": "
            + energyJson);
  }

  @ParameterizedTest
  @CsvSource({"SMART, SMART", "BOOST, BOOST", "TEST, TEST", "SOMETHING_NEW, UNKNOWN"})
  void maps_the_charging_type(String kraken, DispatchType expected) {
    Dispatch dispatch =
        dispatchesAnswering(
                oneDispatch(
                    "\"start\": \"2026-03-10T14:00:00Z\", \"end\": \"2026-03-10T15:00:00Z\","
                        + " \"type\": \""
                        + kraken
                        + "\", \"energyAddedKwh\": null"))
            .get(0);

    assertThat(dispatch.type()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"2026-03-10T15:00:00Z, equal", "2026-03-10T14:59:59Z, before"})
  void a_dispatch_that_does_not_end_after_it_starts_is_a_data_error(String end, String how) {
    Throwable failure =
        failureAnswering(
            oneDispatch(
                "\"start\": \"2026-03-10T15:00:00Z\", \"end\": \""
                    + end
                    + "\", \"type\": \"SMART\""));

    assertThat(failure).isInstanceOf(DispatchDataException.class).hasMessageContaining("not after");
    assertThat(((OctopusException) failure).code()).isEqualTo("DISPATCH_DATA");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "start | \"end\": \"2026-03-10T15:00:00Z\", \"type\": \"SMART\"",
        "end | \"start\": \"2026-03-10T14:00:00Z\", \"type\": \"SMART\"",
        "type | \"start\": \"2026-03-10T14:00:00Z\", \"end\": \"2026-03-10T15:00:00Z\"",
        "energyAddedKwh | \"start\": \"2026-03-10T14:00:00Z\","
            + " \"end\": \"2026-03-10T15:00:00Z\", \"type\": \"SMART\""
      })
  void a_dispatch_missing_a_field_is_a_data_error(String missing, String fieldsJson) {
    Throwable failure = failureAnswering(oneDispatch(fieldsJson));

    assertThat(failure)
        .isInstanceOf(DispatchDataException.class)
        .hasMessage("dispatch 0: missing " + missing);
  }

  @Test
  void a_dispatch_with_a_time_that_is_not_iso_is_a_data_error() {
    Throwable failure =
        failureAnswering(
            oneDispatch(
                "\"start\": \"2026-03-10 14:00:00+00:00\", \"end\": \"2026-03-10T15:00:00Z\","
                    + " \"type\": \"SMART\""));

    assertThat(failure).isInstanceOf(DispatchDataException.class);
  }

  @Test
  void a_null_in_place_of_a_dispatch_is_a_data_error() {
    Throwable failure = failureAnswering("{\"data\":{\"flexPlannedDispatches\":[null]}}");

    assertThat(failure)
        .isExactlyInstanceOf(DispatchDataException.class)
        .hasMessage("dispatch 0: expected an object, got null");
  }

  @Test
  void a_dispatch_list_that_is_an_object_is_a_data_error() {
    Throwable failure =
        failureAnswering("{\"data\":{\"flexPlannedDispatches\":{\"start\": \"2026-\"}}}");

    assertThat(failure)
        .isExactlyInstanceOf(DispatchDataException.class)
        .hasMessageStartingWith("expected an array of dispatches");
  }

  @Test
  void an_empty_list_that_comes_with_an_error_is_that_error_not_an_empty_plan() {
    Throwable failure =
        failureAnswering(
            "{\"data\":{\"flexPlannedDispatches\":[]},\"errors\":[{\"message\":"
                + " \"Unable to fetch planned dispatches.\","
                + " \"extensions\": {\"errorCode\": \"KT-CT-4340\"}}]}");

    assertThat(failure).isExactlyInstanceOf(TransientException.class);
    assertThat(((OctopusException) failure).code()).isEqualTo("KT-CT-4340");
  }

  @Test
  void a_null_dispatch_list_is_malformed_rather_than_an_empty_plan() {
    Throwable failure = failureAnswering("{\"data\":{\"flexPlannedDispatches\":null}}");

    assertThat(failure).isExactlyInstanceOf(MalformedResponseException.class);
    assertThat(((OctopusException) failure).code()).isEqualTo("MISSING_DATA");
  }
}
