package dev.alphaoctopus.octopus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OctopusClientSettingsTest {

  private static final URI ENDPOINT = URI.create("https://api.octopus.energy/v1/graphql/");

  @Test
  void the_user_agent_names_the_project_and_its_version() {
    OctopusClientSettings settings =
        new OctopusClientSettings(ENDPOINT, Duration.ofSeconds(5), Duration.ofSeconds(20), "0.1.0");

    assertThat(settings.userAgent()).isEqualTo("alpha-octopus-agent/0.1.0");
  }

  @ParameterizedTest
  @CsvSource({
    "ftp://api.octopus.energy/, PT5S, PT20S, 0.1.0, http or https",
    "https://api.octopus.energy/, PT0S, PT20S, 0.1.0, connectTimeout",
    "https://api.octopus.energy/, PT5S, -PT1S, 0.1.0, requestTimeout",
    "https://api.octopus.energy/, PT5S, PT20S, ' ', version"
  })
  void refuses_settings_that_cannot_work(
      URI endpoint, Duration connect, Duration request, String version, String complaint) {
    assertThatThrownBy(() -> new OctopusClientSettings(endpoint, connect, request, version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(complaint);
  }
}
