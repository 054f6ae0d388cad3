package cn.onedoor.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onedoor.security.login-throttle.*}: how {@link LoginThrottle} slows one source address that
 * keeps failing to log in (application.yml gives the numbers and their reasons).
 *
 * @param freeFailures failures a source may have without delay (typos of a whole office behind one address)
 * @param baseDelay the delay after the first failure beyond them, doubled by each further one
 * @param maxDelay the longest delay
 * @param forgetAfter a source without a failure this long starts from nothing again
 * @param maxSources sources remembered at most (memory bound under a spray from many addresses)
 */
@ConfigurationProperties("onedoor.security.login-throttle")
record LoginThrottleProperties(int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter, int maxSources) {

  LoginThrottleProperties {
    baseDelay = baseDelay == null ? Duration.ofSeconds(1) : baseDelay;
    maxDelay = maxDelay == null ? Duration.ofMinutes(5) : maxDelay;
    forgetAfter = forgetAfter == null ? Duration.ofMinutes(15) : forgetAfter;
    maxSources = maxSources <= 0 ? 10_000 : maxSources;
  }
}
