package dev.alphaoctopus.octopus;

/**
 * Why a Kraken call failed, as one of a closed set of cases the agent can act on. Each carries the
 * Kraken error code (or an {@code HTTP …} / transport code) and a message; never a token or key,
 * and never a cause whose message could quote one.
 */
public abstract sealed class OctopusException extends RuntimeException
    permits TokenRejectedException,
        ApiKeyRejectedException,
        RefreshTokenRejectedException,
        RateLimitedException,
        TransientException,
        MalformedResponseException {

  private static final long serialVersionUID = 1L;

  private final String code;

  protected OctopusException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The Kraken error code such as {@code KT-CT-1199}, or {@code HTTP 503}, {@code TIMEOUT}, … */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " " + code + ": " + getMessage();
  }
}
