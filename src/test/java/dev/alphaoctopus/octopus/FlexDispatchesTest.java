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

  @Test
  void reads_a_bare_array_of_dispatches() throws Exception {
    assertThat(
            FlexDispatches.fromResponseOrArray(
                json.readTree(
                    "[{\"start\": \"2026-03-10T14:00:00Z\", \"end\": \"2026-03-10T15:00:00Z\","
                        + " \"type\": \"BOOST\"}]")))
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
        .isInstanceOf(DispatchDataException.class)
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("KT-CT-4340");
  }
}
