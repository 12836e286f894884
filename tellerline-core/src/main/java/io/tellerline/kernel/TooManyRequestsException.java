package io.tellerline.kernel;

import java.time.Duration;
import java.util.Objects;

/**
 * The caller has used up one of their limits for now (messages a minute, conversations a day, open
 * event streams, messages in one conversation). Says when trying again makes sense.
 */
public class TooManyRequestsException extends BusinessException {

  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  public TooManyRequestsException(
      String type, String messageKey, Duration retryAfter, Object... arguments) {
    super(FailureKind.TOO_MANY_REQUESTS, type, messageKey, arguments);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** How long until the limit allows this again (at least one second). */
  public Duration retryAfter() {
    return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
  }
}
