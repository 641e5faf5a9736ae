package dev.alphaoctopus.alpha;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Signs Open API requests: {@code sign} is the lower-case hex SHA-512 of appId + appSecret +
 * timeStamp, with the timestamp in epoch seconds. A request signed more than 300 s away from the
 * server's clock is refused, so every request gets a fresh signature.
 */
public final class RequestSigner {

  private final String appId;
  private final AppSecret appSecret;
  private final Clock clock;

  public RequestSigner(String appId, AppSecret appSecret, Clock clock) {
    this.appId = Objects.requireNonNull(appId, "appId");
    this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The three headers for a request sent now. */
  public SignedHeaders sign() {
    String timeStamp = Long.toString(clock.instant().getEpochSecond());
    return new SignedHeaders(appId, timeStamp, signature(appId, appSecret, timeStamp));
  }

  /** 128 lower-case hex characters; HexFormat keeps the leading zeros a BigInteger would drop. */
  static String signature(String appId, AppSecret appSecret, String timeStamp) {
    try {
      MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
      byte[] input = (appId + appSecret.reveal() + timeStamp).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(sha512.digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-512", e);
    }
  }

  @Override
  public String toString() {
    return "RequestSigner[appId=" + appId + "]";
  }

  /** The {@code appId}, {@code timeStamp} and {@code sign} headers of one request. */
  public record SignedHeaders(String appId, String timeStamp, String sign) {
    @Override
    public String toString() {
      return "SignedHeaders[appId=" + appId + ", timeStamp=" + timeStamp + ", sign=hidden]";
    }
  }
}
