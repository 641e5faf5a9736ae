package dev.alphaoctopus.octopus;

/**
 * An answer the client cannot use as it stands: not JSON, truncated, missing data, an unexpected
 * HTTP status, a Kraken error code this client does not act on, or one its readers could not cope
 * with ({@code UNREADABLE}); also a call that could not be made at all ({@code INVALID_CALL}).
 * Retrying will not fix it; a person should look.
 */
public sealed class MalformedResponseException extends OctopusException
    permits DispatchDataException {

  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String code, String message) {
    super(code, message);
  }
}
