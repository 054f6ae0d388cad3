package cn.onedoor.bench;

import cn.onedoor.OneDoorApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The storm of due statutory mediation-period timers (issue #16, item 4), on embedded PostgreSQL.
 *
 * <p>Seeds {@code --cases} cases through the engine (process start with an application, the clerk's
 * review completed as accepted: the case waits in its mediation period on the timer
 * {@code BoundaryEvent_MediationPeriodExpired}), with the job executor off. Then it moves those timers'
 * due dates into the past with <b>one</b> {@code UPDATE act_ru_job SET duedate_ = ...} (the only step
 * not through the engine), starts the job executor on {@code --nodes} application contexts on the same
 * database (1 or 2; the built-in simulator answers the hand-offs on each node) and measures until no
 * expired timer, no executable job and no open hand-off (external task) is left: fired/s, time to drain,
 * failed job runs, hand-offs filed, failed hand-off runs, incidents,
 * the 1-minute load average.
 *
 * <p>Options: {@code --cases=1000 --nodes=1 --threads=3 --max-threads=6 --queue=10 --per-acquisition=3 --timeout=600}.
 */
public final class TimerStormBenchmark {

  static final Path HOME = Path.of(System.getProperty("onedoor.bench.home", "target/timer-storm")).toAbsolutePath();
  static final String TIMER = "BoundaryEvent_MediationPeriodExpired";

  private TimerStormBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      o.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    int cases = Integer.parseInt(o.getOrDefault("cases", "1000"));
    int nodes = Integer.parseInt(o.getOrDefault("nodes", "1"));
    int timeout = Integer.parseInt(o.getOrDefault("timeout", "600"));
    System.out.println("machine: " + InboxBenchmark.machine() + ", load " + InboxBenchmark.loadAverage());
    Files.createDirectories(HOME);
    Path data = HOME.resolve("pgdata-" + System.nanoTime());
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(HOME.resolve("pg-work").toFile())
        .setDataDirectory(data.toFile())
        .setPGStartupWait(Duration.ofMinutes(2))
        .setServerConfig("fsync", "off")
        .setServerConfig("synchronous_commit", "off")
        .setServerConfig("max_connections", "100")
        .start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("create database onedoor_storm");
      }
      String url = postgres.getJdbcUrl("postgres", "onedoor_storm");
      List<ConfigurableApplicationContext> contexts = new ArrayList<>();
      for (int n = 1; n <= nodes; n++) {
        contexts.add(start(url, "node" + n));
      }
      ProcessEngine engine = contexts.get(0).getBean(ProcessEngine.class);
      JdbcTemplate jdbc = contexts.get(0).getBean(JdbcTemplate.class);
      long began = System.nanoTime();
      seed(engine, cases, 3);
      System.out.printf("seeded %,d cases in %.1f s, load %s%n", cases, (System.nanoTime() - began) / 1e9, InboxBenchmark.loadAverage());
      long failedBefore = failedRuns(jdbc);
      int moved = jdbc.update("update act_ru_job set duedate_ = now() - interval '1 minute' where handler_type_ = 'timer-transition'"
          + " and handler_cfg_ like ?", TIMER + "%");
      System.out.printf("moved %,d due dates of %s into the past (one UPDATE of ACT_RU_JOB.DUEDATE_)%n", moved, TIMER);
      began = System.nanoTime();
      for (ConfigurableApplicationContext context : contexts) {
        DefaultJobExecutor executor = (DefaultJobExecutor) ((ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class)
            .getProcessEngineConfiguration()).getJobExecutor();
        executor.setCorePoolSize(Integer.parseInt(o.getOrDefault("threads", "3")));
        executor.setMaxPoolSize(Integer.parseInt(o.getOrDefault("max-threads", "6")));
        executor.setQueueSize(Integer.parseInt(o.getOrDefault("queue", "10")));
        executor.setMaxJobsPerAcquisition(Integer.parseInt(o.getOrDefault("per-acquisition", "3")));
        executor.start();
      }
      double firedAt = -1;
      while (true) {
        Thread.sleep(1000);
        double s = (System.nanoTime() - began) / 1e9;
        long due = count(jdbc, "select count(*) from act_ru_job where handler_type_ = 'timer-transition' and handler_cfg_ like '" + TIMER
            + "%' and retries_ > 0");
        long executable = count(jdbc, "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
            + " and (duedate_ is null or duedate_ <= now())");
        // the hand-offs the expired timers lead to are external tasks of the hand-off worker (not jobs)
        long handoffs = count(jdbc, "select count(*) from act_ru_ext_task where retries_ is null or retries_ > 0");
        // and their notices leave through the outbox (NoticeSender), not as jobs
        long notices = count(jdbc, "select count(*) from notification where status = 'queued' and next_attempt_at is not null");
        if (due == 0 && firedAt < 0) {
          firedAt = s;
        }
        if (((int) s) % 10 == 0) {
          System.out.printf("  %4.0f s: %,d timers due, %,d executable jobs, %,d hand-offs open, %,d notices queued, load %s%n", s, due,
              executable, handoffs, notices, InboxBenchmark.loadAverage());
        }
        if ((due == 0 && executable == 0 && handoffs == 0 && notices == 0) || s > timeout) {
          long fired = moved - due;
          System.out.printf("RESULT nodes=%d cases=%,d fired=%,d in %.1f s (%.1f fired/s), drained in %.1f s%s, failed runs %,d,"
                  + " jobs without retries %,d, hand-offs filed %,d, failed hand-off runs %,d, notices sent %,d, notices failed %,d,"
                  + " incidents %,d, load %s%n",
              nodes, cases, fired, firedAt < 0 ? s : firedAt, fired / (firedAt < 0 ? s : firedAt), s, s > timeout ? " (TIMED OUT)" : "",
              failedRuns(jdbc) - failedBefore, count(jdbc, "select count(*) from act_ru_job where retries_ = 0"),
              count(jdbc, "select count(*) from handoff where kind = 'arbitration_referral'"),
              count(jdbc, "select count(*) from act_hi_ext_task_log where error_msg_ is not null"),
              count(jdbc, "select count(*) from notification where status = 'sent'"),
              count(jdbc, "select count(*) from notification where status = 'failed'"),
              count(jdbc, "select count(*) from act_ru_incident"), InboxBenchmark.loadAverage());
          break;
        }
      }
      for (ConfigurableApplicationContext context : contexts) {
        context.close();
      }
    }
    System.exit(0);
  }

  private static long count(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  private static long failedRuns(JdbcTemplate jdbc) {
    return count(jdbc, "select count(*) from act_hi_job_log where job_exception_msg_ is not null");
  }

  private static ConfigurableApplicationContext start(String url, String node) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", "postgres");
    properties.put("spring.datasource.password", "postgres");
    properties.put("server.port", "0");
    properties.put("onedoor.node-name", node);
    // started by hand after the seeding, with the settings under test
    properties.put("camunda.bpm.job-execution.enabled", "false");
    // the hand-off worker polls from the start (nothing to hand off while the cases are being seeded)
    properties.put("onedoor.handoff.worker.enabled", "true");
    properties.put("onedoor.handoff.worker.threads", System.getProperty("worker-threads", "4"));
    // and so does the notice sender (the test configuration turns it off: tests run its rounds themselves)
    properties.put("onedoor.notification.sender.enabled", "true");
    properties.put("onedoor.simulator.callback-delay", "0s");
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "warn");
    return new SpringApplicationBuilder(OneDoorApplication.class)
        .initializers(context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("timerStorm", properties)))
        .run();
  }

  private static void seed(ProcessEngine engine, int count, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          InboxBenchmark.seedOne(engine, i); // the same case, through the real process, as the inbox benchmark seeds
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
  }
}
