package cn.onedoor.notification;

import cn.onedoor.calendar.ChinaTime;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the queued notices of table {@code notification} (the outbox; issue #16): no process
 * instance, job or history per notice, and no HTTP while a database connection is held.
 *
 * <p>A round reads up to {@code batch-size} due rows ({@code status = 'queued'} and
 * {@code next_attempt_at} past), then per row: claims it with one conditional UPDATE that moves
 * {@code next_attempt_at} to the lease's end and counts the attempt (the node whose UPDATE changes
 * the row owns it; any other node's changes nothing, so several nodes on one database never send a
 * row together); sends it with no transaction open; and records in one UPDATE {@code sent}, the next
 * attempt after the back-off, or after the last attempt {@code failed} ({@link FailedNotices}). The
 * record is fenced by the attempt count, so a result that comes after its lease ran out (another node
 * has claimed the row again) is dropped. A node that dies mid-send leaves the row to come due again
 * when the lease ends; the resend carries the same idempotency key {@code notice:<id>}, so the
 * gateway does not text the party twice. Each statement commits on its own (auto-commit): every
 * transaction is one statement long.
 *
 * <p>Each node polls every {@code poll-interval} on one thread and sends on up to {@code threads}
 * (the poller itself when all are busy, so a claim is never left waiting in a queue). Tests keep it
 * off ({@code enabled: false}) and run a round in their own thread with {@link #sendDue()}.
 */
@Component
public class NoticeSender implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

  private final JdbcTemplate jdbc;
  private final NoticeDeliveries deliveries;
  private final boolean enabled;
  private final int threads;
  private final Duration pollInterval;
  private final int batchSize;
  private final Duration lease;
  private final List<Duration> backoff;
  private final int maxAttempts;

  private volatile ScheduledExecutorService poller;
  private volatile ThreadPoolExecutor workers;

  NoticeSender(JdbcTemplate jdbc, NoticeDeliveries deliveries,
      @Value("${onedoor.notification.sender.enabled:true}") boolean enabled,
      @Value("${onedoor.notification.sender.threads:2}") int threads,
      @Value("${onedoor.notification.sender.poll-interval:2s}") Duration pollInterval,
      @Value("${onedoor.notification.sender.batch-size:20}") int batchSize,
      @Value("${onedoor.notification.sender.lease:2m}") Duration lease,
      @Value("${onedoor.notification.sender.backoff:1m,5m,30m}") List<Duration> backoff,
      @Value("${onedoor.notification.sender.max-attempts:4}") int maxAttempts) {
    if (threads < 1 || batchSize < 1 || maxAttempts < 1 || backoff.isEmpty() || lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("onedoor.notification.sender: threads, batch-size and max-attempts must be at least 1,"
          + " backoff must list at least one duration and lease must be positive");
    }
    this.jdbc = jdbc;
    this.deliveries = deliveries;
    this.enabled = enabled;
    this.threads = threads;
    this.pollInterval = pollInterval;
    this.batchSize = batchSize;
    this.lease = lease;
    this.backoff = List.copyOf(backoff);
    this.maxAttempts = maxAttempts;
  }

  /** The engine's clock (tests move it), so a due time and the case's own times agree. */
  static OffsetDateTime now() {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChinaTime.ZONE);
  }

  /** A due row as a round reads it, with the attempts made so far. */
  private record Due(NoticeDeliveries.Row row, int attempts) {}

  /**
   * One round in the caller's thread: every due notice of the round sent (or its failure recorded)
   * when it returns. Returns how many notices this round claimed. Must not run in a transaction.
   */
  public int sendDue() {
    return round(Runnable::run, null);
  }

  /** The same for the notices of one case only (tests in a shared database, where other cases' notices wait too). */
  public int sendDue(String caseNumber) {
    return round(Runnable::run, caseNumber);
  }

  int round(Executor sending, String caseNumber) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("NoticeSender calls the gateway over HTTP and must run with no transaction open");
    }
    OffsetDateTime now = now();
    String select = "select " + NoticeDeliveries.COLUMNS + ", attempts from notification where status = 'queued'"
        + " and next_attempt_at <= ?" + (caseNumber == null ? "" : " and case_number = ?")
        + " order by next_attempt_at, id fetch first " + batchSize + " rows only";
    RowMapper<Due> due = (rs, i) -> new Due(NoticeDeliveries.row(rs, i), rs.getInt(10));
    List<Due> rows = caseNumber == null ? jdbc.query(select, due, now) : jdbc.query(select, due, now, caseNumber);
    int claimed = 0;
    for (Due notice : rows) {
      int attempt = notice.attempts() + 1;
      boolean mine = jdbc.update("update notification set attempts = ?, next_attempt_at = ?"
              + " where id = ? and status = 'queued' and attempts = ? and next_attempt_at <= ?",
          attempt, now().plus(lease), notice.row().id(), notice.attempts(), now) == 1;
      if (mine) {
        claimed++;
        sending.execute(() -> send(notice.row(), attempt));
      }
    }
    return claimed;
  }

  /** Sends one claimed notice (no transaction open) and records the outcome of this attempt. */
  private void send(NoticeDeliveries.Row row, int attempt) {
    String messageId;
    try {
      messageId = deliveries.send(row);
    } catch (RuntimeException e) {
      failed(row, attempt, e);
      return;
    }
    if (jdbc.update("update notification set status = 'sent', gateway_message_id = ?, sent_at = ?, next_attempt_at = null,"
        + " last_error = null where id = ? and status = 'queued' and attempts = ?", messageId, now(), row.id(), attempt) == 0) {
      log.info("Notice {} was sent after its lease ran out; the attempt that holds it now records it", row.id());
    }
  }

  private void failed(NoticeDeliveries.Row row, int attempt, RuntimeException e) {
    String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    error = error.length() > 1000 ? error.substring(0, 1000) : error;
    if (attempt >= maxAttempts) {
      jdbc.update("update notification set status = 'failed', failed_at = ?, next_attempt_at = null, last_error = ?"
          + " where id = ? and status = 'queued' and attempts = ?", now(), error, row.id(), attempt);
      log.warn("Notice {} '{}' of case {} failed for good after {} attempts: {}", row.id(), row.template(), row.caseNumber(),
          attempt, error);
      return;
    }
    Duration wait = backoff.get(Math.min(attempt, backoff.size()) - 1);
    jdbc.update("update notification set next_attempt_at = ?, last_error = ? where id = ? and status = 'queued' and attempts = ?",
        now().plus(wait), error, row.id(), attempt);
    log.warn("Notice {} '{}' of case {}: attempt {} of {} failed, next in {}: {}", row.id(), row.template(), row.caseNumber(),
        attempt, maxAttempts, wait, error);
  }

  /** Rounds until one claims less than a batch (the queue is drained), at most 100 in a row. */
  private void drain() {
    try {
      for (int rounds = 0; rounds < 100 && round(workers, null) == batchSize; rounds++) {
        // a full batch: more may be due
      }
    } catch (RuntimeException e) {
      log.warn("Notice sender round failed (will try again in {}): {}", pollInterval, e.toString());
    }
  }

  @Override
  public void start() {
    if (!enabled || poller != null) {
      return;
    }
    AtomicInteger number = new AtomicInteger();
    workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
        task -> daemon(task, "notice-sender-" + number.incrementAndGet()), new ThreadPoolExecutor.CallerRunsPolicy());
    poller = new ScheduledThreadPoolExecutor(1, task -> daemon(task, "notice-poller"));
    poller.scheduleWithFixedDelay(this::drain, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    log.info("Notice sender started: {} threads, every {}, {} a round, lease {}, back-off {}, {} attempts", threads, pollInterval,
        batchSize, lease, backoff, maxAttempts);
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void stop() {
    ScheduledExecutorService p = poller;
    ThreadPoolExecutor w = workers;
    if (p == null) {
      return;
    }
    p.shutdown();
    w.shutdown();
    try {
      // a send under way finishes (its lease would otherwise hold the row for a resend)
      p.awaitTermination(30, TimeUnit.SECONDS);
      w.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    poller = null;
    workers = null;
  }

  @Override
  public boolean isRunning() {
    return poller != null;
  }
}
