package dev.alphaoctopus.octopus;

/** Dispatch data that cannot be trusted to plan with: a missing field, a bad time or value. */
public final class DispatchDataException extends MalformedResponseException {

  private static final long serialVersionUID = 1L;

  public DispatchDataException(String message) {
    super("DISPATCH_DATA", message);
  }
}
