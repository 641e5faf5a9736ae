package dev.alphaoctopus.octopus;

/** Octopus (or its CloudFront edge) is throttling us: back off and keep the last known data. */
public final class RateLimitedException extends OctopusException {

  private static final long serialVersionUID = 1L;

  public RateLimitedException(String code, String message) {
    super(code, message);
  }
}
