package cn.onedoor.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without ever locking an account for good. Two delays, both in front of
 * every password check (engine REST Basic, our API's Basic, the webapps' login):
 *
 * <ul>
 *   <li>per user: Camunda's own (the identity service delays a user after each wrong password,
 *       {@code login-delay-*} in application.yml, capped; {@code login-max-attempts} is so high that
 *       its permanent lock never comes). Cluster-wide, since the engine keeps it in {@code ACT_ID_USER}.
 *   <li>per source address: ours, here, in memory of this node. After {@code free-failures} failures
 *       each further one blocks the address for a doubling delay up to {@code max-delay}; an address
 *       quiet for {@code forget-after} starts anew. A successful login does not clear it: a user's own
 *       account must not buy an attacker fresh guesses at others.
 * </ul>
 *
 * While either delay runs, the password is not checked at all and the caller gets 429 with Retry-After.
 * Time is the engine's clock ({@link ClockUtil}), the same that times Camunda's delay.
 */
@Component
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  private record Failures(int count, Instant last, Instant blockedUntil) {}

  private final LoginThrottleProperties settings;
  /** Looked up when first needed: the servlet filters are built before the engine (and Flyway before it). */
  private final ObjectProvider<IdentityService> identityService;
  private final Map<String, Failures> sources = new ConcurrentHashMap<>();

  LoginThrottle(LoginThrottleProperties settings, ObjectProvider<IdentityService> identityService) {
    this.settings = settings;
    this.identityService = identityService;
  }

  /** Throws {@link LoginThrottledException} while the source or the user must wait. */
  void check(String source, String userId) {
    Instant now = now();
    Duration wait = Duration.ZERO;
    Failures failures = source == null ? null : sources.get(source);
    if (failures != null && failures.blockedUntil() != null && failures.blockedUntil().isAfter(now)) {
      wait = Duration.between(now, failures.blockedUntil());
    }
    Instant userLock = userLockedUntil(userId);
    if (userLock != null && userLock.isAfter(now) && Duration.between(now, userLock).compareTo(wait) > 0) {
      wait = Duration.between(now, userLock);
    }
    if (!wait.isZero()) {
      throw new LoginThrottledException(wait);
    }
  }

  /** A wrong password (or unknown user) from this source. */
  void failed(String source, String userId) {
    if (source == null) {
      return;
    }
    Instant now = now();
    if (sources.size() >= settings.maxSources()) {
      forgetQuietSources(now);
    }
    Failures updated = sources.compute(source, (address, earlier) -> {
      int count = earlier == null || earlier.last().plus(settings.forgetAfter()).isBefore(now) ? 1 : earlier.count() + 1;
      Instant blockedUntil = count > settings.freeFailures() ? now.plus(delay(count - settings.freeFailures())) : null;
      return new Failures(count, now, blockedUntil);
    });
    if (updated.blockedUntil() != null) {
      log.warn("Login of '{}' from {} failed; {} failures from there, blocked until {}", userId, source, updated.count(),
          updated.blockedUntil());
    }
  }

  /** The delay after the {@code n}-th failure beyond the free ones: base, doubled each time, capped. */
  Duration delay(int n) {
    long base = settings.baseDelay().toMillis();
    long max = settings.maxDelay().toMillis();
    int doublings = Math.min(Math.max(n - 1, 0), 40);
    return Duration.ofMillis(base > (max >> doublings) ? max : Math.min(base << doublings, max));
  }

  private Instant userLockedUntil(String userId) {
    if (userId == null || userId.isBlank()) {
      return null;
    }
    User user = identityService.getObject().createUserQuery().userId(userId).singleResult();
    return user instanceof UserEntity entity && entity.getLockExpirationTime() != null
        ? entity.getLockExpirationTime().toInstant() : null;
  }

  private void forgetQuietSources(Instant now) {
    sources.values().removeIf(f -> f.last().plus(settings.forgetAfter()).isBefore(now)
        && (f.blockedUntil() == null || f.blockedUntil().isBefore(now)));
    if (sources.size() >= settings.maxSources()) {
      // a spray from very many addresses: keep the blocked ones only
      sources.values().removeIf(f -> f.blockedUntil() == null || f.blockedUntil().isBefore(now));
    }
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
