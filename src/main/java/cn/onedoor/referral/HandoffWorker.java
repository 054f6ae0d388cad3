package cn.onedoor.referral;

import cn.onedoor.external.CaseFileRejectedException;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.ExternalSystemsProperties;
import cn.onedoor.process.ReferralVariables;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the hand-off external tasks ({@link HandoffTopic}) inside the application, so that no
 * database connection is held while the court or the commission is called (issue #16; before, each
 * hand-off was a job whose transaction, and connection, lasted as long as the HTTP call):
 *
 * <ol>
 *   <li>fetch and lock (one short engine command; the lock keeps other nodes off the task, as the
 *       job lock did), with the few variables the e-file needs;
 *   <li>build the e-file in a short read-only transaction;
 *   <li>the HTTP call, in no transaction;
 *   <li>record the receipt in {@code handoff} and complete the task, in one transaction: both or
 *       neither. Lost after the receiver filed, the task is fetched again and sends the same
 *       idempotency key; the receiver answers with its first receipt, nothing is filed twice.
 * </ol>
 *
 * A file the receiver refuses is the BPMN error {@code CaseFileRejected} (the models' correction
 * tasks); anything else is a failure retried after {@code retry-backoff}, the last one an incident
 * (Cockpit: "Increment retries" continues the case). Off when {@code onedoor.handoff.worker.enabled}
 * is false (tests: they call {@link #runOnce}).
 */
@Component
public class HandoffWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(HandoffWorker.class);

  /** What a round did: tasks completed, sent back (BPMN error), failed, and lost to another worker. */
  public record Round(int completed, int rejected, int failed, int lost) {
    public int worked() {
      return completed + rejected + failed + lost;
    }
  }

  private enum Outcome { COMPLETED, REJECTED, FAILED, LOST }

  private final ExternalTaskService tasks;
  private final Handoffs handoffs;
  private final HandoffWorkerProperties properties;
  private final TransactionTemplate readOnly;
  private final TransactionTemplate writing;
  private final String workerId;

  private volatile boolean running;
  private Thread poller;
  private ExecutorService pool;
  private Semaphore slots;

  HandoffWorker(ExternalTaskService tasks, Handoffs handoffs, HandoffWorkerProperties properties,
      PlatformTransactionManager transactions, ExternalSystemsProperties systems,
      @Value("${onedoor.node-name:onedoor}") String nodeName) {
    this.tasks = tasks;
    this.handoffs = handoffs;
    this.properties = properties;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.writing = new TransactionTemplate(transactions);
    this.workerId = nodeName + "/handoff";
    if (properties.getThreads() < 1 || properties.getRetries() < 1) {
      throw new IllegalStateException("onedoor.handoff.worker: threads and retries must be at least 1");
    }
    for (ExternalSystem system : List.of(ExternalSystem.COURT, ExternalSystem.ARBITRATION)) {
      ExternalSystemsProperties.Endpoint endpoint = systems.of(system);
      Duration worst = endpoint.getConnectTimeout().multipliedBy(2).plus(endpoint.getReadTimeout());
      if (worst.multipliedBy(4).compareTo(properties.getLockDuration()) > 0) {
        throw new IllegalStateException("onedoor.external." + system.id() + ": connect-timeout × 2 + read-timeout (" + worst
            + ") must stay below a quarter of onedoor.handoff.worker.lock-duration (" + properties.getLockDuration() + ")");
      }
    }
  }

  /**
   * One round in the caller's thread: fetches every hand-off task that is due and not locked (of the
   * case {@code businessKey}, or of all cases when null) and works each. For tests, which run with the
   * worker off, and for an operator's one-off run; never inside a transaction.
   */
  public Round runOnce(String businessKey) {
    int[] counts = new int[Outcome.values().length];
    List<LockedExternalTask> fetched;
    do {
      fetched = fetch(50, businessKey);
      fetched.forEach(task -> counts[work(task).ordinal()]++);
    } while (fetched.size() == 50);
    return new Round(counts[0], counts[1], counts[2], counts[3]);
  }

  private List<LockedExternalTask> fetch(int max, String businessKey) {
    ExternalTaskQueryBuilder builder = tasks.fetchAndLock(max, workerId, true);
    for (HandoffTopic topic : HandoffTopic.values()) {
      var topicBuilder = builder.topic(topic.topic(), properties.getLockDuration().toMillis()).variables(HandoffTopic.VARIABLES);
      builder = businessKey == null ? topicBuilder : topicBuilder.businessKey(businessKey);
    }
    return builder.execute();
  }

  private Outcome work(LockedExternalTask task) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("A hand-off must not run inside a transaction: it would hold its connection during the call");
    }
    HandoffTopic topic = HandoffTopic.of(task.getTopicName()).orElseThrow();
    Map<String, Object> variables = task.getVariables();
    Handoffs.Filing filing;
    FilingReceipt receipt;
    try {
      filing = readOnly.execute(status -> handoffs.prepare(topic.kind(variables), task.getBusinessKey(),
          task.getProcessInstanceId(), ReferralVariables.of(variables), topic.extra(variables)));
      receipt = handoffs.send(filing);
    } catch (CaseFileRejectedException e) {
      return settle(task, Outcome.REJECTED, () ->
          tasks.handleBpmnError(task.getId(), workerId, Handoffs.ERROR_CASE_FILE_REJECTED, e.getMessage()));
    } catch (RuntimeException e) {
      return fail(task, e);
    }
    try {
      return settle(task, Outcome.COMPLETED, () -> writing.executeWithoutResult(status -> {
        handoffs.record(filing, receipt);
        tasks.complete(task.getId(), workerId, topic.completion(variables));
      }));
    } catch (OptimisticLockingException e) {
      // the case moved at the same instant (a callback): no fault of the receiver, try again soon
      log.info("Hand-off {} of case {} completed concurrently with another change; fetched again", topic.topic(), task.getBusinessKey());
      return settle(task, Outcome.FAILED, () -> tasks.handleFailure(task.getId(), workerId, e.getMessage(), null,
          retriesLeft(task) + 1, properties.getPollInterval().toMillis()));
    } catch (RuntimeException e) {
      return fail(task, e);
    }
  }

  private Outcome fail(LockedExternalTask task, RuntimeException e) {
    int left = Math.max(0, retriesLeft(task));
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    if (left == 0) {
      log.warn("Hand-off {} of case {} failed for the last time, now an incident: {}", task.getTopicName(), task.getBusinessKey(), message);
    } else {
      log.info("Hand-off {} of case {} failed ({} retries left, next in {}): {}", task.getTopicName(), task.getBusinessKey(),
          left, properties.getRetryBackoff(), message);
    }
    return settle(task, Outcome.FAILED, () -> tasks.handleFailure(task.getId(), workerId, message, stackTrace(e), left,
        properties.getRetryBackoff().toMillis()));
  }

  /** Retries after this failure: the task's own count, or the configured one on its first failure. */
  private int retriesLeft(LockedExternalTask task) {
    return (task.getRetries() == null ? properties.getRetries() : task.getRetries()) - 1;
  }

  /** Reports to the engine; a task that is gone (the case moved on) or locked by another worker is lost to us. */
  private Outcome settle(LockedExternalTask task, Outcome outcome, Runnable report) {
    try {
      report.run();
      return outcome;
    } catch (BadUserRequestException e) {
      // NotFoundException (the case moved on: task gone) or locked by another worker
      log.info("Hand-off {} of case {}: the task is no longer ours ({})", task.getTopicName(), task.getBusinessKey(), e.getMessage());
      return Outcome.LOST;
    }
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  // the worker's own threads ------------------------------------------------------------------

  @Override
  public synchronized void start() {
    if (!properties.isEnabled() || running) {
      return;
    }
    running = true;
    int threads = properties.getThreads();
    slots = new Semaphore(threads);
    AtomicInteger numbers = new AtomicInteger();
    pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "handoff-" + numbers.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    poller = new Thread(this::poll, "handoff-poller");
    poller.setDaemon(true);
    poller.start();
    log.info("Hand-off worker {} started: {} threads, lock {}", workerId, threads, properties.getLockDuration());
  }

  private void poll() {
    while (running) {
      try {
        // wait for a free thread; only this thread takes slots, so the free ones stay free until used
        slots.acquire();
        slots.release();
        List<LockedExternalTask> fetched = fetch(slots.availablePermits(), null);
        for (LockedExternalTask task : fetched) {
          slots.acquire();
          pool.execute(() -> {
            try {
              work(task);
            } catch (RuntimeException e) {
              log.error("Hand-off {} of case {} could not be reported; fetched again after its lock", task.getTopicName(),
                  task.getBusinessKey(), e);
            } finally {
              slots.release();
            }
          });
        }
        if (fetched.isEmpty()) {
          Thread.sleep(properties.getPollInterval().toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // the database is away: wait and poll again
        log.warn("Hand-off worker could not fetch tasks: {}", e.toString());
        try {
          Thread.sleep(properties.getPollInterval().toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    poller.interrupt();
    pool.shutdown();
    try {
      if (!pool.awaitTermination(properties.getShutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Hand-off worker stopped with calls still in flight; their tasks are fetched again when their locks expire");
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
