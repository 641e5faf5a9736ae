package dev.alphaoctopus.alpha;

import java.util.Optional;

/**
 * Why an Open API call failed, as the small closed set of cases the agent acts on differently.
 * Every case carries the operation, a code and the server's message; none ever carries the app
 * secret or a signature.
 */
public abstract sealed class AlphaApiException extends RuntimeException {

  /** Marks {@link #code()} when there was no code to report: a timeout, I/O, an unreadable body. */
  public static final int NO_CODE = 0;

  private final String operation;
  private final int code;
  private final String apiMessage;
  private final String expMsg;
  private final String field;

  private AlphaApiException(Problem problem, Throwable cause) {
    super(problem.describe(), cause);
    this.operation = problem.operation();
    this.code = problem.code();
    this.apiMessage = problem.message();
    this.expMsg = problem.expMsg();
    this.field = problem.field();
  }

  public String operation() {
    return operation;
  }

  /** The API return code, the HTTP status for HTTP-level failures, or {@link #NO_CODE}. */
  public int code() {
    return code;
  }

  /** The server's {@code msg} (localised, so never branch on it), or what went wrong locally. */
  public String apiMessage() {
    return apiMessage;
  }

  /** The server's {@code expMsg}, which sometimes names the bad parameter. */
  public Optional<String> expMsg() {
    return Optional.ofNullable(expMsg);
  }

  /** The response field that could not be read. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** Whether the same call may succeed later without anyone changing anything. */
  public boolean retryable() {
    return this instanceof Transient || this instanceof TooFast;
  }

  /** 6026, 6029, 6042, HTTP 408 and 5xx, timeouts, I/O and TLS errors: back off and retry. */
  public static final class Transient extends AlphaApiException {
    Transient(Problem problem, Throwable cause) {
      super(problem, cause);
    }
  }

  /** 6053 or HTTP 429: wait at least 10 s before the next call. */
  public static final class TooFast extends AlphaApiException {
    TooFast(Problem problem, Throwable cause) {
      super(problem, cause);
    }
  }

  /** 6017: the system may not use the periodic store. Permanent: use the legacy store. */
  public static final class NotEntitled extends AlphaApiException {
    NotEntitled(Problem problem, Throwable cause) {
      super(problem, cause);
    }
  }

  /** 6006, 6009: the local clock is more than 300 s off, or the IP allow-list refuses us. */
  public static final class ClockOrAllowList extends AlphaApiException {
    ClockOrAllowList(Problem problem, Throwable cause) {
      super(problem, cause);
    }
  }

  /** 6007, 6010, 6011, 6012: the appId or secret is wrong or blank. */
  public static final class BadCredentials extends AlphaApiException {
    BadCredentials(Problem problem, Throwable cause) {
      super(problem, cause);
    }
  }

  /** 6002, 6005, 6038: the serial is wrong or not bound to this user or appId. */
  public static final class Configuration extends AlphaApiException {
    Configuration(Problem problem, Throwable cause) {
      super(problem, cause);
    }
  }

  /**
   * 6001, 6008, 10001 and any code this client does not know: the server refused this request. Do
   * not resend it unchanged.
   */
  public static final class RejectedRequest extends AlphaApiException {
    RejectedRequest(Problem problem, Throwable cause) {
      super(problem, cause);
    }
  }

  /**
   * HTTP 404, 405 and other 4xx but 408 and 429: this client called something that is not there.
   */
  public static final class ClientBug extends AlphaApiException {
    ClientBug(Problem problem, Throwable cause) {
      super(problem, cause);
    }
  }

  /** The answer could not be read: not JSON, no code, a missing field or a surprising value. */
  public static final class MalformedResponse extends AlphaApiException {
    MalformedResponse(Problem problem, Throwable cause) {
      super(problem, cause);
    }
  }

  /** What every case carries; {@code expMsg} and {@code field} may be null. */
  record Problem(String operation, int code, String message, String expMsg, String field) {

    static Problem local(String operation, String message) {
      return new Problem(operation, NO_CODE, message, null, null);
    }

    String describe() {
      StringBuilder text = new StringBuilder(operation).append(" failed: ");
      if (code != NO_CODE) {
        text.append("code ").append(code).append(' ');
      }
      text.append(message);
      if (expMsg != null) {
        text.append(" (").append(expMsg).append(')');
      }
      if (field != null) {
        text.append(" [field ").append(field).append(']');
      }
      return text.toString();
    }
  }
}
