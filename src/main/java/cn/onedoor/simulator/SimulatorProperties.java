package cn.onedoor.simulator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code onedoor.simulator.*}: the built-in court, arbitration commission and SMS gateway (demo only). */
@ConfigurationProperties("onedoor.simulator")
public class SimulatorProperties {

  /** on in the demo profile, off in postgres */
  private boolean enabled;
  /** the simulated court / commission answers this long after a filing; zero: only from the page's buttons */
  private Duration callbackDelay = Duration.ofSeconds(10);
  /** how long the "time-out" fault holds its answer (longer than the clients' read time-out) */
  private Duration timeoutDelay = Duration.ofSeconds(40);

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Duration getCallbackDelay() {
    return callbackDelay;
  }

  public void setCallbackDelay(Duration callbackDelay) {
    this.callbackDelay = callbackDelay;
  }

  public Duration getTimeoutDelay() {
    return timeoutDelay;
  }

  public void setTimeoutDelay(Duration timeoutDelay) {
    this.timeoutDelay = timeoutDelay;
  }
}
