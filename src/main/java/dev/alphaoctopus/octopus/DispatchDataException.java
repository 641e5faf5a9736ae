package dev.alphaoctopus.octopus;

/** Dispatch data that cannot be trusted to plan with: a missing field, a bad time or value. */
public final class DispatchDataException extends MalformedResponseException {

  private static final long serialVersionUID = 1L;

  static final String CODE = "DISPATCH_DATA";

  public DispatchDataException(String message) {
    super(CODE, message);
  }
}
