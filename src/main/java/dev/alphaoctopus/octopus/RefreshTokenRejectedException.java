package dev.alphaoctopus.octopus;

/** The refresh token has expired or is wrong: drop it and obtain a token with the API key. */
public final class RefreshTokenRejectedException extends OctopusException {

  private static final long serialVersionUID = 1L;

  public RefreshTokenRejectedException(String code, String message) {
    super(code, message);
  }
}
