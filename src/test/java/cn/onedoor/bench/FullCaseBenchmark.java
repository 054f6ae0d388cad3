package cn.onedoor.bench;

import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.ProcessKeys;
import cn.onedoor.support.CaseDriver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The full happy path of a case against the bare engine (issue #16, items 3 and 5). Not a test: run
 * it by hand, see docs/benchmarks.md.
 *
 * <p>OneDoor's case as its users make it, through the engine's services under their logins (so the
 * engine guard, the listeners and the authorizations run): the clerk submits the start form
 * ({@link CaseDriver#registerThroughStartForm}) and accepts the case at its eligibility review, the
 * pool's mediator schedules a cloud session (a slot of its own, so the session calendar takes it),
 * records the session with agreement and drafts the agreement, performed on the spot; the asynchronous
 * steps of the case (the agreement PDF, the notices' deliveries) are run by the harness as the job
 * executor would, until the case has no job left. The bare side is a process deployed here with four
 * user tasks of the same candidate groups and nothing else (a form of one field each, since OneDoor's
 * engine guard lets users submit only a form's fields), started and completed by the same users. Rounds interleave the two sides (the order alternating), each side
 * {@code --cases} cases on {@code --threads} threads; cases/s each, their ratio, the median over the
 * rounds and the load average.
 *
 * <p>On PostgreSQL, {@code pg_stat_statements} (preloaded into the embedded server): after a reset,
 * {@code --sql-cases} cases of each side on one thread, statements per case and the statements
 * OneDoor's case runs most often and longest.
 *
 * <p>Options: {@code --rounds=4 --cases=40 --threads=4 --db=h2|postgres --warmups=10 --sql-cases=20}.
 */
public final class FullCaseBenchmark {

  static final Path HOME = Path.of(System.getProperty("onedoor.bench.home", "target/full-case")).toAbsolutePath();
  static final String BARE = "BareCase";
  private static final List<String> CLERK = List.of("intake-clerk");
  private static final List<String> POOL = List.of("mediator-union");

  private final ProcessEngine engine;
  private final cn.onedoor.notification.NoticeSender notices;
  private final CaseDriver driver;
  /** Every case of the run gets its own half hour in its mediator's calendar. */
  private final AtomicInteger sessions = new AtomicInteger();
  private final LocalDateTime firstSession;
  /** The case number of the OneDoor case that ended last. */
  private volatile String lastCase;

  private FullCaseBenchmark(ProcessEngine engine, cn.onedoor.notification.NoticeSender notices) {
    this.notices = notices;
    this.engine = engine;
    this.driver = new CaseDriver(engine);
    // from the next full hour on (a session may not lie in the past), Beijing time
    this.firstSession = LocalDateTime.now(ChinaTime.ZONE).truncatedTo(ChronoUnit.HOURS).plusHours(1);
  }

  public static void main(String[] args) {
    try {
      run(args);
      System.exit(0);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone(ChinaTime.ZONE));
    Locale.setDefault(Locale.ROOT);
    Map<String, String> o = InboxBenchmark.options(args);
    int rounds = Integer.parseInt(o.getOrDefault("rounds", "4"));
    int cases = Integer.parseInt(o.getOrDefault("cases", "40"));
    int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
    int warmUps = Integer.parseInt(o.getOrDefault("warmups", "10"));
    int sqlCases = Integer.parseInt(o.getOrDefault("sql-cases", "20"));
    String db = o.getOrDefault("db", "h2");
    InboxBenchmark.Report report = new InboxBenchmark.Report();
    report.line("Full case benchmark, " + LocalDateTime.now().withNano(0) + ", db " + db + ", " + rounds + " rounds x " + cases
        + " cases per side, " + threads + " threads, " + warmUps + " warm-up cases per side");
    report.line("machine: " + InboxBenchmark.machine());
    report.line("load average before: " + InboxBenchmark.loadAverage());
    Files.createDirectories(HOME);
    Path data = HOME.resolve(db + "-" + System.currentTimeMillis());
    EmbeddedPostgres postgres = null;
    String url;
    String user;
    String password;
    if (db.equals("postgres")) {
      postgres = InboxBenchmark.postgres(HOME, data)
          .setServerConfig("shared_preload_libraries", "pg_stat_statements")
          .setServerConfig("pg_stat_statements.track", "all")
          .setServerConfig("pg_stat_statements.max", "10000")
          .start();
      url = InboxBenchmark.database(postgres, "onedoor_full");
      user = "postgres";
      password = "postgres";
    } else if (db.equals("h2")) {
      // the demo profile's database: an H2 file, here a fresh one per run
      url = "jdbc:h2:file:" + data.resolve("onedoor") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
      user = "sa";
      password = "";
    } else {
      throw new IllegalArgumentException("--db=h2 or --db=postgres, not " + db);
    }
    try (ConfigurableApplicationContext app = InboxBenchmark.startApplication(url, user, password,
        Map.of("onedoor.data-dir", data.toString()))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      FullCaseBenchmark bench = new FullCaseBenchmark(engine, app.getBean(cn.onedoor.notification.NoticeSender.class));
      bench.deployBare();
      try (var connection = jdbc.getDataSource().getConnection()) {
        report.line("database: " + connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData()
            .getDatabaseProductVersion() + ", " + connection.getMetaData().getURL());
      }

      times(threads, warmUps, bench::oneDoorCase);
      times(threads, warmUps, bench::bareCase);
      bench.verify(warmUps);
      report.line("warmed up, load " + InboxBenchmark.loadAverage());

      List<double[]> results = new ArrayList<>();
      for (int r = 1; r <= rounds; r++) {
        double oneDoor;
        double bare;
        if (r % 2 == 1) {
          oneDoor = cases / times(threads, cases, bench::oneDoorCase);
          bare = cases / times(threads, cases, bench::bareCase);
        } else {
          bare = cases / times(threads, cases, bench::bareCase);
          oneDoor = cases / times(threads, cases, bench::oneDoorCase);
        }
        String load = InboxBenchmark.loadAverage().split(" ")[0];
        results.add(new double[] {oneDoor, bare, oneDoor / bare, Double.parseDouble(load)});
        report.line(String.format("round %d: OneDoor %.2f cases/s, bare %.2f cases/s, ratio %.2f, load %s", r, oneDoor, bare,
            oneDoor / bare, load));
      }
      bench.verify(warmUps + rounds * cases);
      report.line("");
      report.line("| round | OneDoor cases/s | bare cases/s | ratio | load (1 min) |");
      report.line("|---|---|---|---|---|");
      for (int r = 0; r < results.size(); r++) {
        double[] x = results.get(r);
        report.line(String.format("| %d | %.2f | %.2f | %.2f | %.2f |", r + 1, x[0], x[1], x[2], x[3]));
      }
      report.line(String.format("| median | %.2f | %.2f | %.2f | %.2f |", median(results, 0), median(results, 1), median(results, 2),
          median(results, 3)));

      if (postgres != null && sqlCases > 0) {
        bench.sqlPerCase(jdbc, sqlCases, report);
      }
      bench.whatOneCaseLeft(jdbc, report);
      report.line("failed job runs, run again at once: " + FAILED_JOB_RUNS.get());
      report.line("memory: " + Rss.describe());
      report.line("load average after: " + InboxBenchmark.loadAverage());
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
    Path out = HOME.resolve("results-" + db + "-" + LocalDateTime.now().withNano(0).toString().replace(':', '-') + ".txt");
    Files.writeString(out, report.text());
    System.out.println("written to " + out);
  }

  // ---------------------------------------------------------------------------------------------

  /** OneDoor's case {@code i}: a wage case (Decision_Triage: the union pool), mediated by {@code mediator}. */
  void oneDoorCase(int i) {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn(
        "applicantName", "赵小红" + i, "employerName", "吉安市某某制衣有限公司" + (i % 97)));
    String mediator = "mediator";
    driver.accept(kase);
    driver.complete(kase, "Task_ScheduleSession", mediator, POOL,
        "sessionMode", "cloud", "sessionTime", sessionSlot().toString(), "sessionDuration", "30");
    driver.complete(kase, "Task_RecordSession", mediator, POOL, "sessionNotes", "双方同意按12000元一次性结清", "sessionResult", "agreement");
    driver.complete(kase, "Task_DraftAgreement", mediator, POOL,
        "agreedAmount", "12000", "agreementItems", "被申请人支付申请人2026年8月至10月工资", "agreementPays", List.of("labour_remuneration"),
        "performanceMode", "on_the_spot", "confirmationType", "none");
    runJobs(kase.getBusinessKey());
    lastCase = kase.getBusinessKey();
  }

  /** Half an hour of its own per case, from the next full hour on (a mediator has one session at a time). */
  private LocalDateTime sessionSlot() {
    LocalDateTime slot = firstSession.plusMinutes(30L * sessions.getAndIncrement());
    if (slot.toLocalDate().isAfter(Deadlines.today().plusDays(14))) {
      throw new IllegalStateException("More sessions than the mediation period holds: fewer cases per run");
    }
    return slot;
  }

  /**
   * The jobs of the case (process instances with the case number as business key), as the job executor
   * runs them, and its queued notices, as {@code NoticeSender} sends them (one round for the case). A job that failed (under load the gateway simulator may time out)
   * is run again at once rather than after its retry wait, and counted in {@link #FAILED_JOB_RUNS}.
   */
  private void runJobs(String caseNumber) {
    for (int pass = 0; pass < 5; pass++) {
      List<Job> jobs = new ArrayList<>();
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
          .forEach(p -> engine.getManagementService().createJobQuery().processInstanceId(p.getId()).withRetriesLeft().list().stream()
              .filter(job -> job.getExceptionMessage() != null || job.getDuedate() == null || !job.getDuedate().after(new java.util.Date()))
              .forEach(jobs::add));
      int sent = notices.sendDue(caseNumber);
      if (jobs.isEmpty() && sent == 0) {
        return;
      }
      for (Job job : jobs) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException failed) {
          FAILED_JOB_RUNS.incrementAndGet();
        }
      }
    }
    throw new IllegalStateException("Case " + caseNumber + " still has jobs after five passes");
  }

  /** Job runs that failed and were run again (reported: they add statements and time). */
  static final AtomicInteger FAILED_JOB_RUNS = new AtomicInteger();

  /** The bare case {@code i}: the same four user tasks, the same users and groups, a form field each. */
  void bareCase(int i) {
    ProcessInstance instance = driver.as("clerk", CLERK, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(BARE, Map.of("applicantName", "赵小红" + i)));
    complete(instance, "clerk", CLERK, Map.of("inScope", true));
    complete(instance, "mediator", POOL, Map.of("sessionTime", "2026-12-03T09:30"));
    complete(instance, "mediator", POOL, Map.of("sessionResult", "agreement"));
    complete(instance, "mediator", POOL, Map.of("agreedAmount", "12000"));
  }

  private void complete(ProcessInstance instance, String user, List<String> groups, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    driver.as(user, groups, () -> {
      engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
      return null;
    });
  }

  /**
   * The bare process: start, four user tasks of the groups of OneDoor's wage case (the clerks, then
   * the union pool), end; and for its users the authorizations to start it (OneDoor grants its
   * own processes' in its identity seeding).
   */
  private void deployBare() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(BARE).name("基准流程").camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_BareStarted").name("开始").camundaFormRef("bare-start").camundaFormRefBinding("deployment")
        .userTask("Task_BareReview").name("审查").camundaCandidateGroups("intake-clerk")
        .camundaFormRef("bare-review").camundaFormRefBinding("deployment")
        .userTask("Task_BareSchedule").name("安排").camundaCandidateGroups("mediator-union")
        .camundaFormRef("bare-schedule").camundaFormRefBinding("deployment")
        .userTask("Task_BareRecord").name("记录").camundaCandidateGroups("mediator-union")
        .camundaFormRef("bare-record").camundaFormRefBinding("deployment")
        .userTask("Task_BareDraft").name("制作").camundaCandidateGroups("mediator-union")
        .camundaFormRef("bare-draft").camundaFormRefBinding("deployment")
        .endEvent("EndEvent_BareEnded").name("结束")
        .done();
    var deployment = engine.getRepositoryService().createDeployment().name("full-case-benchmark").addModelInstance(BARE + ".bpmn", model);
    // one field per form: the guard lets a user submit only a form's own fields, as for OneDoor's tasks
    Map.of("bare-start", "applicantName", "bare-review", "inScope", "bare-schedule", "sessionTime", "bare-record", "sessionResult",
        "bare-draft", "agreedAmount").forEach((form, field) -> deployment.addString(form + ".form", """
            {"id": "%s", "type": "default", "schemaVersion": 16,
             "components": [{"key": "%s", "label": "%s", "type": "%s"}]}""".formatted(form, field, field,
        field.equals("inScope") ? "checkbox" : "textfield")));
    deployment.deploy();
    Authorization definition = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definition.setGroupId("intake-clerk");
    definition.setResource(Resources.PROCESS_DEFINITION);
    definition.setResourceId(BARE);
    definition.addPermission(Permissions.READ);
    definition.addPermission(Permissions.CREATE_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(definition);
    Authorization instances = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    instances.setGroupId("intake-clerk");
    instances.setResource(Resources.PROCESS_INSTANCE);
    instances.setResourceId("*");
    instances.addPermission(Permissions.CREATE);
    if (engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("intake-clerk").resourceType(Resources.PROCESS_INSTANCE)
        .resourceId("*").count() == 0) {
      engine.getAuthorizationService().saveAuthorization(instances);
    }
  }

  /** Every case of both sides ended, and no job is left. */
  private void verify(int perSide) {
    long open = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.LABOR_DISPUTE_CASE).count()
        + engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BARE).count();
    long settled = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.LABOR_DISPUTE_CASE)
        .finished().count();
    // jobs of process instances (the engine's history cleanup job has none)
    List<Job> jobs = engine.getManagementService().createJobQuery().executable().list().stream()
        .filter(job -> job.getProcessInstanceId() != null).toList();
    if (open != 0 || !jobs.isEmpty() || settled < perSide) {
      throw new IllegalStateException("Cases left open: " + open + ", OneDoor cases ended: " + settled + ", executable jobs: "
          + jobs.stream().map(j -> j.getProcessDefinitionKey() + " " + j.getProcessInstanceId()).toList());
    }
  }

  /** The cases' running number, over both sides and all rounds. */
  private static final AtomicInteger CASE_NUMBERS = new AtomicInteger();

  /** Runs {@code count} cases on {@code threads} threads; seconds taken. */
  private static double times(int threads, int count, IntConsumer oneCase) throws Exception {
    AtomicInteger left = new AtomicInteger(count);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long began = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        while (left.getAndDecrement() > 0) {
          oneCase.accept(CASE_NUMBERS.getAndIncrement());
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    pool.shutdown();
    return seconds;
  }

  private static double median(List<double[]> rows, int column) {
    double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    int n = values.length;
    if (n == 0) {
      return Double.NaN; // --rounds=0: the SQL per case only
    }
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * What one OneDoor case left in the engine's history: its process instances (the case, its called
   * processes and its notices, all under the case number), their variables and variable updates by
   * process and scope, their activity instances and job runs.
   */
  private void whatOneCaseLeft(JdbcTemplate jdbc, InboxBenchmark.Report report) {
    report.line("");
    report.line("What case " + lastCase + " left in the history (by process; variables task-local or of the process):");
    report.line("| process | instances | variables (process) | variables (task-local) | variable updates (ACT_HI_DETAIL) | activity instances | job runs (ACT_HI_JOB_LOG) |");
    report.line("|---|---|---|---|---|---|---|");
    String of = " where p.business_key_ = ? group by d.key_";
    Map<String, long[]> rows = new java.util.TreeMap<>();
    String[] queries = {
        "select d.key_, count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_" + of,
        "select d.key_, count(*) from act_hi_varinst v join act_hi_procinst p on p.id_ = v.proc_inst_id_"
            + " join act_re_procdef d on d.id_ = p.proc_def_id_ where p.business_key_ = ? and v.task_id_ is null group by d.key_",
        "select d.key_, count(*) from act_hi_varinst v join act_hi_procinst p on p.id_ = v.proc_inst_id_"
            + " join act_re_procdef d on d.id_ = p.proc_def_id_ where p.business_key_ = ? and v.task_id_ is not null group by d.key_",
        "select d.key_, count(*) from act_hi_detail v join act_hi_procinst p on p.id_ = v.proc_inst_id_"
            + " join act_re_procdef d on d.id_ = p.proc_def_id_" + of,
        "select d.key_, count(*) from act_hi_actinst v join act_hi_procinst p on p.id_ = v.proc_inst_id_"
            + " join act_re_procdef d on d.id_ = p.proc_def_id_" + of,
        "select d.key_, count(*) from act_hi_job_log v join act_hi_procinst p on p.id_ = v.process_instance_id_"
            + " join act_re_procdef d on d.id_ = p.proc_def_id_" + of};
    for (int q = 0; q < queries.length; q++) {
      int column = q;
      jdbc.query(queries[q], rs -> {
        rows.computeIfAbsent(rs.getString(1), k -> new long[queries.length])[column] = rs.getLong(2);
      }, lastCase);
    }
    long[] total = new long[queries.length];
    rows.forEach((process, x) -> {
      report.line("| " + process + " | " + String.join(" | ", Arrays.stream(x).mapToObj(Long::toString).toList()) + " |");
      for (int i = 0; i < x.length; i++) {
        total[i] += x[i];
      }
    });
    report.line("| all | " + String.join(" | ", Arrays.stream(total).mapToObj(Long::toString).toList()) + " |");
    report.line("");
    report.line("The variables of case " + lastCase + " written most often (ACT_HI_DETAIL rows, one per write):");
    report.line("| variable | process | scope | writes |");
    report.line("|---|---|---|---|");
    jdbc.query("""
        select v.name_, d.key_, case when v.task_id_ is null then 'process' else 'task-local' end, count(*) from act_hi_detail v
        join act_hi_procinst p on p.id_ = v.proc_inst_id_ join act_re_procdef d on d.id_ = p.proc_def_id_
        where p.business_key_ = ? group by v.name_, d.key_, case when v.task_id_ is null then 'process' else 'task-local' end
        order by count(*) desc, v.name_ fetch first 40 rows only""",
        rs -> {
          report.line("| " + rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getLong(4) + " |");
        }, lastCase);
  }

  /** One statement's figures in pg_stat_statements. */
  record Statement(String query, long calls, double millis, boolean toplevel) {}

  private void sqlPerCase(JdbcTemplate jdbc, int count, InboxBenchmark.Report report) throws Exception {
    jdbc.execute("create extension if not exists pg_stat_statements");
    int failedBefore = FAILED_JOB_RUNS.get();
    List<Statement> oneDoor = statements(jdbc, count, this::oneDoorCase);
    if (FAILED_JOB_RUNS.get() != failedBefore) {
      report.line("NOTE: " + (FAILED_JOB_RUNS.get() - failedBefore) + " job runs failed during the SQL count and were run again");
    }
    List<Statement> bare = statements(jdbc, count, this::bareCase);
    double oneDoorTop = calls(oneDoor, true) / (double) count;
    double oneDoorNested = calls(oneDoor, false) / (double) count;
    double bareTop = calls(bare, true) / (double) count;
    double bareNested = calls(bare, false) / (double) count;
    report.line("");
    report.line(String.format("SQL per case (pg_stat_statements, %d cases per side, 1 thread), calls summed:", count));
    report.line("| | OneDoor | bare | ratio |");
    report.line("|---|---|---|---|");
    report.line(String.format("| statements per case (top level) | %.1f | %.1f | %.2f× |", oneDoorTop, bareTop, oneDoorTop / bareTop));
    report.line(String.format("| nested (foreign keys' checks, functions) | %.1f | %.1f | %.2f× |", oneDoorNested, bareNested,
        oneDoorNested / bareNested));
    report.line(String.format("| database time per case, ms | %.1f | %.1f | %.2f× |", millis(oneDoor) / count, millis(bare) / count,
        millis(oneDoor) / millis(bare)));
    report.line(String.format("| distinct statements | %d | %d | |", oneDoor.size(), bare.size()));
    top(report, "OneDoor's top 15 statements by calls per case", oneDoor, count, java.util.Comparator.comparingLong(Statement::calls));
    top(report, "OneDoor's top 15 statements by total time per case", oneDoor, count, java.util.Comparator.comparingDouble(Statement::millis));
    top(report, "bare's top 15 statements by calls per case", bare, count, java.util.Comparator.comparingLong(Statement::calls));
    Path all = HOME.resolve("statements-" + LocalDateTime.now().withNano(0).toString().replace(':', '-') + ".tsv");
    StringBuilder tsv = new StringBuilder("side\tcalls per case\tms per case\ttoplevel\tquery\n");
    for (Statement s : oneDoor) {
      tsv.append("onedoor\t").append(s.calls() / (double) count).append('\t').append(s.millis() / count).append('\t')
          .append(s.toplevel()).append('\t').append(oneLine(s.query(), 100_000)).append('\n');
    }
    for (Statement s : bare) {
      tsv.append("bare\t").append(s.calls() / (double) count).append('\t').append(s.millis() / count).append('\t')
          .append(s.toplevel()).append('\t').append(oneLine(s.query(), 100_000)).append('\n');
    }
    Files.writeString(all, tsv);
    report.line("every statement of both sides: " + all);
  }

  private List<Statement> statements(JdbcTemplate jdbc, int count, IntConsumer oneCase) throws Exception {
    jdbc.execute("select pg_stat_statements_reset()");
    times(1, count, oneCase);
    return jdbc.query("""
        select query, calls, total_exec_time, toplevel from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and query not like '%pg_stat_statements%'""",
        (rs, n) -> new Statement(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getBoolean(4)));
  }

  private static long calls(List<Statement> statements, boolean toplevel) {
    return statements.stream().filter(s -> s.toplevel() == toplevel).mapToLong(Statement::calls).sum();
  }

  private static double millis(List<Statement> statements) {
    return statements.stream().filter(Statement::toplevel).mapToDouble(Statement::millis).sum();
  }

  private static void top(InboxBenchmark.Report report, String title, List<Statement> statements, int count,
      java.util.Comparator<Statement> order) {
    report.line("");
    report.line(title + ":");
    report.line("| calls per case | ms per case | statement (nested: run inside another, e.g. a foreign key's check) |");
    report.line("|---|---|---|");
    statements.stream().sorted(order.reversed()).limit(15).forEach(s -> report.line(String.format("| %.1f | %.2f | %s`%s` |",
        s.calls() / (double) count, s.millis() / count, s.toplevel() ? "" : "nested: ", oneLine(s.query(), 160))));
  }

  private static String oneLine(String query, int max) {
    String line = query.replaceAll("\\s+", " ").trim();
    return line.length() > max ? line.substring(0, max) + "…" : line;
  }
}
