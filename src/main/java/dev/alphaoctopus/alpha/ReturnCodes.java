package dev.alphaoctopus.alpha;

import dev.alphaoctopus.alpha.AlphaApiException.Problem;

/** Maps return codes and HTTP statuses to the failure cases (reference §5). */
final class ReturnCodes {

  static final int SUCCESS = 200;

  private ReturnCodes() {}

  /** An envelope whose {@code code} is not 200. */
  static AlphaApiException forCode(String operation, int code, String msg, String expMsg) {
    Problem problem = new Problem(operation, code, msg, expMsg, null);
    return switch (code) {
      case 6026, 6029, 6042 -> new AlphaApiException.Transient(problem, null);
      case 6053 -> new AlphaApiException.TooFast(problem, null);
      case 6017 -> new AlphaApiException.NotEntitled(problem, null);
      case 6006, 6009 -> new AlphaApiException.ClockOrAllowList(problem, null);
      case 6007, 6010, 6011, 6012 -> new AlphaApiException.BadCredentials(problem, null);
      case 6002, 6005, 6038 -> new AlphaApiException.Configuration(problem, null);
      // 6001, 6008, 10001, and codes met only when binding (6003, 6004, 6046) or never
      // documented for these endpoints: resending the same request cannot help.
      default -> new AlphaApiException.RejectedRequest(problem, null);
    };
  }

  /** A response whose HTTP status is not 200; API errors arrive as 200 with a code. */
  static AlphaApiException forHttpStatus(String operation, int status, String reason) {
    Problem problem = new Problem(operation, status, "HTTP " + status + " " + reason, null, null);
    if (status == 429) {
      return new AlphaApiException.TooFast(problem, null);
    }
    // 408: the server gave up waiting for our request, as a timeout of our own would.
    if (status == 408 || (status >= 500 && status <= 599)) {
      return new AlphaApiException.Transient(problem, null);
    }
    if (status >= 400 && status <= 499) {
      return new AlphaApiException.ClientBug(problem, null);
    }
    return new AlphaApiException.MalformedResponse(problem, null);
  }
}
