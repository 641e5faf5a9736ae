package dev.alphaoctopus.octopus;

/** The Kraken token was expired or invalid: get a fresh token and retry the query once. */
public final class TokenRejectedException extends OctopusException {

  private static final long serialVersionUID = 1L;

  public TokenRejectedException(String code, String message) {
    super(code, message);
  }
}
