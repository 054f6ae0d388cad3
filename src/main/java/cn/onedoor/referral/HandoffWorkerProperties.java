package cn.onedoor.referral;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onedoor.handoff.worker.*}: the in-application worker of the hand-off external tasks
 * (application.yml says why each value; docs/handoffs.md, "No connection held during a call").
 */
@ConfigurationProperties("onedoor.handoff.worker")
class HandoffWorkerProperties {

  /** Polls and works on this node; off in tests, which drive {@link HandoffWorker#runOnce} themselves. */
  private boolean enabled = true;
  /** Hand-offs in flight at once on this node: each waits on one HTTP call, none holds a connection. */
  private int threads = 4;
  /** How long a fetched task stays ours; must outlast building the file, the call and the completion. */
  private Duration lockDuration = Duration.ofMinutes(5);
  /** Pause after a poll that found nothing (a poll is one short query). */
  private Duration pollInterval = Duration.ofSeconds(2);
  /** Runs of a task before its last failure becomes an incident (the models' former R3/PT5M). */
  private int retries = 3;
  /** Wait before a failed task is fetched again. */
  private Duration retryBackoff = Duration.ofMinutes(5);
  /** On shutdown, how long calls in flight may finish; what is left is fetched again after its lock. */
  private Duration shutdownGrace = Duration.ofSeconds(30);

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public int getThreads() {
    return threads;
  }

  public void setThreads(int threads) {
    this.threads = threads;
  }

  public Duration getLockDuration() {
    return lockDuration;
  }

  public void setLockDuration(Duration lockDuration) {
    this.lockDuration = lockDuration;
  }

  public Duration getPollInterval() {
    return pollInterval;
  }

  public void setPollInterval(Duration pollInterval) {
    this.pollInterval = pollInterval;
  }

  public int getRetries() {
    return retries;
  }

  public void setRetries(int retries) {
    this.retries = retries;
  }

  public Duration getRetryBackoff() {
    return retryBackoff;
  }

  public void setRetryBackoff(Duration retryBackoff) {
    this.retryBackoff = retryBackoff;
  }

  public Duration getShutdownGrace() {
    return shutdownGrace;
  }

  public void setShutdownGrace(Duration shutdownGrace) {
    this.shutdownGrace = shutdownGrace;
  }
}
