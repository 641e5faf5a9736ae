package dev.alphaoctopus.octopus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KrakenResponseTest {

  @Test
  void to_string_shows_the_status_media_type_and_body_length_but_never_the_body() {
    String body = "{\"data\":{\"obtainKrakenToken\":{\"token\":\"secret-token\"}}}";

    String shown = new KrakenResponse(200, "application/json", body).toString();

    assertThat(shown)
        .isEqualTo(
            "KrakenResponse[status=200, mediaType=application/json, body="
                + body.length()
                + " chars]")
        .doesNotContain("secret-token");
  }
}
