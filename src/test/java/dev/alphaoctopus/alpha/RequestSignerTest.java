package dev.alphaoctopus.alpha;

import static dev.alphaoctopus.alpha.AlphaTestSupport.APP_ID;
import static dev.alphaoctopus.alpha.AlphaTestSupport.APP_SECRET;
import static dev.alphaoctopus.alpha.AlphaTestSupport.SIGN;
import static dev.alphaoctopus.alpha.AlphaTestSupport.TIME_STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequestSignerTest {

  private final RequestSigner signer =
      new RequestSigner(APP_ID, AppSecret.of(APP_SECRET), AlphaTestSupport.workedExampleClock());

  @Test
  void signs_the_portals_worked_example() {
    RequestSigner.SignedHeaders headers = signer.sign();

    assertThat(headers.appId()).isEqualTo(APP_ID);
    assertThat(headers.timeStamp()).isEqualTo("1676353875");
    assertThat(headers.sign()).isEqualTo(SIGN);
  }

  @Test
  void keeps_the_leading_zero_of_the_worked_example_in_128_lower_case_hex_characters() {
    String sign = signer.sign().sign();

    assertThat(sign).hasSize(128).startsWith("0").matches("[0-9a-f]{128}");
  }

  @Test
  void stamps_each_request_in_epoch_seconds_from_the_clock() {
    RequestSigner stepping =
        new RequestSigner(
            APP_ID,
            AppSecret.of(APP_SECRET),
            new SteppingClock(TIME_STAMP, Duration.ofMillis(1500)));

    RequestSigner.SignedHeaders first = stepping.sign();
    RequestSigner.SignedHeaders second = stepping.sign();

    assertThat(first.timeStamp()).isEqualTo("1676353875");
    assertThat(second.timeStamp()).isEqualTo("1676353876");
    assertThat(second.sign())
        .isEqualTo(RequestSigner.signature(APP_ID, AppSecret.of(APP_SECRET), "1676353876"))
        .isNotEqualTo(first.sign());
  }
}
