package dev.alphaoctopus.octopus;

import static dev.alphaoctopus.octopus.KrakenStub.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphaoctopus.planning.Dispatch;
import dev.alphaoctopus.planning.DispatchType;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The offline {@code plan} command's contract: one reader, one exception type to catch. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FlexDispatchesTest {

  private static final ObjectMapper json = new ObjectMapper();

  /** A dispatch as the README's bare-array form has it: no energyAddedKwh. */
  private static final String BOOST =
      "{\"start\": \"2026-03-10T14:00:00Z\", \"end\": \"2026-03-10T15:00:00Z\","
          + " \"type\": \"BOOST\"}";

  @Test
  void reads_a_bare_array_of_dispatches_without_energy() throws Exception {
    assertThat(FlexDispatches.fromResponseOrArray(json.readTree("[" + BOOST + "]")))
        .containsExactly(
            new Dispatch(
                Instant.parse("2026-03-10T14:00:00Z"),
                Instant.parse("2026-03-10T15:00:00Z"),
                DispatchType.BOOST));
  }

  @Test
  void a_saved_error_response_is_a_dispatch_data_error_naming_the_code() throws Exception {
    assertThatThrownBy(
            () ->
                FlexDispatches.fromResponseOrArray(
                    json.readTree(
                        fixture(
                            "kt-ct-4340-flexplanneddispatches-error.bottlecapdave-issue-1369.json"))))
        .isExactlyInstanceOf(DispatchDataException.class)
        .hasMessage(
            "the response reports an error: KT-CT-4340 Unable to fetch planned dispatches.");
  }

  @Test
  void a_saved_response_with_an_empty_list_and_an_error_is_that_error_not_an_empty_plan()
      throws Exception {
    assertThatThrownBy(
            () ->
                FlexDispatches.fromResponseOrArray(
                    json.readTree(
                        "{\"data\": {\"flexPlannedDispatches\": []}, \"errors\": [{\"message\":"
                            + " \"Unable to fetch planned dispatches.\", \"extensions\":"
                            + " {\"errorCode\": \"KT-CT-4340\"}}]}")))
        .isExactlyInstanceOf(DispatchDataException.class)
        .hasMessage(
            "the response reports an error: KT-CT-4340 Unable to fetch planned dispatches.");
  }

  @Test
  void a_saved_response_must_carry_energy_like_the_query_asks() throws Exception {
    assertThatThrownBy(
            () ->
                FlexDispatches.fromResponseOrArray(
                    json.readTree("{\"data\": {\"flexPlannedDispatches\": [" + BOOST + "]}}")))
        .isExactlyInstanceOf(DispatchDataException.class)
        .hasMessage("dispatch 0: missing energyAddedKwh");
  }

  @Test
  void the_client_reading_an_array_requires_energy_too() throws Exception {
    assertThatThrownBy(() -> FlexDispatches.fromArray(json.readTree("[" + BOOST + "]")))
        .isExactlyInstanceOf(DispatchDataException.class)
        .hasMessage("dispatch 0: missing energyAddedKwh");
  }

  @Test
  void a_bare_array_with_a_null_energy_is_read_as_unknown_energy() throws Exception {
    String dispatch = BOOST.replace("}", ", \"energyAddedKwh\": null}");

    assertThat(FlexDispatches.fromResponseOrArray(json.readTree("[" + dispatch + "]")))
        .singleElement()
        .satisfies(read -> assertThat(read.energyAddedKwh()).isEmpty());
  }
}
