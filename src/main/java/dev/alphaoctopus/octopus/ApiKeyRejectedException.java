package dev.alphaoctopus.octopus;

/** Octopus refused the API key: permanent until a person fixes it, so never retry in a loop. */
public final class ApiKeyRejectedException extends OctopusException {

  private static final long serialVersionUID = 1L;

  public ApiKeyRejectedException(String code, String message) {
    super(code, message);
  }
}
