package cn.onedoor.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A password check refused unseen: the source or the user is in its delay. Answered 429 with Retry-After. */
class LoginThrottledException extends LockedException {

  private final Duration retryAfter;

  LoginThrottledException(Duration retryAfter) {
    super("Login throttled for " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds, at least one, for the {@code Retry-After} header. */
  static long seconds(Duration retryAfter) {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
