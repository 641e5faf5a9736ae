package dev.alphaoctopus.octopus;

/**
 * An answer the client cannot use as it stands: not JSON, truncated, missing data, an unexpected
 * HTTP status, or a Kraken error code this client does not act on. Retrying will not fix it; a
 * person should look.
 */
public sealed class MalformedResponseException extends OctopusException
    permits DispatchDataException {

  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String code, String message) {
    super(code, message);
  }
}
