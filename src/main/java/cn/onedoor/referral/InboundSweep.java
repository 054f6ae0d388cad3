package cn.onedoor.referral;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The safety net behind the drain at the wait states: every {@code onedoor.inbound.sweep-interval}
 * (default 30 s) each node applies the buffered callbacks whose case now waits for them (a callback
 * that committed just after the case's own drain, a node that stopped between commit and drain).
 * Running it again, on one node or on all, applies nothing twice: {@link CallbackInbox#drain} claims each row.
 */
@Component
class InboundSweep implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboundSweep.class);

  private final CallbackInbox inbox;
  private final Duration interval;
  private ScheduledExecutorService scheduler;

  InboundSweep(CallbackInbox inbox, @Value("${onedoor.inbound.sweep-interval:30s}") Duration interval) {
    this.inbox = inbox;
    this.interval = interval;
  }

  /** One pass; returns how many messages were buffered when it started. */
  int sweep() {
    return inbox.sweep();
  }

  @Override
  public synchronized void start() {
    if (scheduler != null || interval.isZero() || interval.isNegative()) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "inbound-sweep");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        inbox.sweep();
      } catch (RuntimeException e) {
        log.warn("Sweep of buffered callbacks failed (tried again in {}): {}", interval, e.toString());
      }
    }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
