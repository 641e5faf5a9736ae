package dev.alphaoctopus.cli;

/** Input the user gave that cannot be used; its message is the one line they see. */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
