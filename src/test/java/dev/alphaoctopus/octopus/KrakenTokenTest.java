package dev.alphaoctopus.octopus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KrakenTokenTest {

  private static final Instant EXPIRY = Instant.parse("2026-03-10T14:00:00Z");
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  @ParameterizedTest
  @CsvSource({
    "2026-03-10T13:54:59Z, true",
    "2026-03-10T13:55:00Z, false",
    "2026-03-10T14:30:00Z, false"
  })
  void a_token_is_fresh_only_while_more_than_the_margin_is_left(Instant now, boolean fresh) {
    KrakenToken token = new KrakenToken("t", EXPIRY, Optional.empty());

    assertThat(token.isFreshAt(now, FIVE_MINUTES)).isEqualTo(fresh);
  }

  @ParameterizedTest
  @CsvSource({"2026-03-10T13:59:59Z, true", "2026-03-10T14:00:00Z, false"})
  void a_refresh_token_is_usable_until_its_expiry(Instant now, boolean usable) {
    assertThat(new RefreshToken("r", EXPIRY).isUsableAt(now)).isEqualTo(usable);
  }

  @Test
  void the_token_description_keeps_the_expiries_an_operator_needs() {
    KrakenToken token =
        new KrakenToken("t", EXPIRY, Optional.of(new RefreshToken("r", EXPIRY.plusSeconds(60))));

    assertThat(token.toString())
        .isEqualTo(
            "KrakenToken[<redacted>, expiresAt=2026-03-10T14:00:00Z,"
                + " refreshToken=RefreshToken[<redacted>, expiresAt=2026-03-10T14:01:00Z]]");
  }

  @Test
  void empty_secrets_are_refused() {
    assertThatThrownBy(() -> new ApiKey(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RefreshToken("", EXPIRY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KrakenToken("", EXPIRY, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
