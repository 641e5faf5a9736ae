package dev.alphaoctopus.octopus;

/** A failure that may pass by itself (server error, timeout, no connection): retry later. */
public final class TransientException extends OctopusException {

  private static final long serialVersionUID = 1L;

  public TransientException(String code, String message) {
    super(code, message);
  }
}
