package cn.onedoor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.CentreFigures;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CSV and Excel exports of the dashboard's tables: the centre's seeded figures come out as the KPI
 * service gives them at that moment (whatever other tests accepted in the period; the figures
 * themselves are {@link KpiTests}'), in files Excel on a Chinese Windows opens (UTF-8 with BOM; a
 * real .xlsx, read back here with Apache POI), named with their period.
 */
class ReportExportTests extends CaseProcessTest {

  static final String PERIOD = "?from=2023-03-01&to=2025-12-31";
  static final DataFormatter SHOWN = new DataFormatter();

  @LocalServerPort int port;
  @Autowired KpiService kpis;
  @Autowired ReportLabels labels;

  @BeforeEach
  void seedTheCentresRegister() {
    CentreFigures.seed(jdbc);
  }

  @Test
  void kpiCsvIsUtf8WithBomChineseHeadersAndTheExactFigures() {
    HttpResponse<byte[]> response = download("/api/reports/export/kpi.csv" + PERIOD);
    Kpis kpi = centre();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; "
        + "filename=\"kpi_2023-03-01_2025-12-31.csv\"; filename*=UTF-8''"
        + URLEncoder.encode("中心工作指标_2023-03-01至2025-12-31.csv", StandardCharsets.UTF_8));
    byte[] body = response.body();
    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text.split("\r\n")).containsExactly(
        "指标,数值,单位",
        "受理案件," + kpi.casesReceived() + ",件",
        "涉及劳动者," + kpi.workersInvolved() + ",人",
        "涉及企业," + kpi.enterprisesInvolved() + ",家",
        "达成调解协议," + kpi.agreementsReached() + ",件",
        "当场履行," + kpi.performedOnTheSpot() + ",件",
        "调解成功率," + kpi.successRate() + ",%",
        "挽回经济损失," + kpi.amountRecovered() + ",元");
    assertThat(kpi.casesReceived()).isGreaterThanOrEqualTo(CentreFigures.CASES);
  }

  @Test
  void kpiWorkbookHoldsNumbersShownWithTwoDecimals() throws Exception {
    Kpis kpi = centre();
    try (XSSFWorkbook workbook = workbook("/api/reports/export/kpi.xlsx" + PERIOD)) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("中心工作指标");
      assertThat(cells(sheet.getRow(0))).containsExactly("指标", "数值", "单位");
      assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(kpi.casesReceived());
      assertThat(cells(sheet.getRow(6))).containsExactly("调解成功率", kpi.successRate(), "%");
      assertThat(cells(sheet.getRow(7))).containsExactly("挽回经济损失", kpi.amountRecovered(), "元");
      assertThat(sheet.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(Double.parseDouble(kpi.amountRecovered()));
      assertThat(sheet.getLastRowNum()).isEqualTo(7);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"kpi-channel, channel, 受理渠道", "kpi-dispute-type, disputeType, 争议类型", "kpi-mediator-pool, mediatorPool, 调解员库",
      "kpi-mediator, mediator, 调解员", "kpi-month, month, 月份"})
  void breakdownWorkbooksSayWhatTheKpiApiSays(String table, String breakdown, String header) throws Exception {
    JsonNode kpi = new ObjectMapper().readTree(HttpTestClient.basic(port, "supervisor", "demo").get("/api/reports/kpi" + PERIOD).body());
    JsonNode rows = kpi.get("breakdowns").get(breakdown);

    try (XSSFWorkbook workbook = workbook("/api/reports/export/" + table + ".xlsx" + PERIOD)) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(cells(sheet.getRow(0))).containsExactly(header, "受理案件", "达成调解协议", "调解成功率（%）", "挽回经济损失（元）");
      assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        JsonNode expected = rows.get(i);
        List<String> row = cells(sheet.getRow(i + 1));
        assertThat(row.subList(1, 5)).containsExactly(expected.get("casesReceived").asText(), expected.get("agreementsReached").asText(),
            expected.get("successRate").asText(), expected.get("amountRecovered").asText());
      }
    }
  }

  @Test
  void breakdownsAreLabelledInChinese() throws Exception {
    Kpis kpi = centre();
    try (XSSFWorkbook channels = workbook("/api/reports/export/kpi-channel.xlsx" + PERIOD);
         XSSFWorkbook mediators = workbook("/api/reports/export/kpi-mediator.xlsx" + PERIOD);
         XSSFWorkbook months = workbook("/api/reports/export/kpi-month.xlsx" + PERIOD)) {
      assertThat(firstColumn(channels)).containsExactlyElementsOf(keys(kpi, "channel").stream().map(labels::channel).toList())
          .contains("网上申请", "窗口");
      assertThat(firstColumn(mediators)).containsExactlyElementsOf(keys(kpi, "mediator").stream().map(labels::mediator).toList())
          .contains("李明（mediator）");
      assertThat(firstColumn(months)).containsExactlyElementsOf(keys(kpi, "month")).startsWith("2023-03").endsWith("2025-12");
    }
  }

  /** The centre's period as the KPI service reports it now. */
  private Kpis centre() {
    return kpis.kpis(CentreFigures.FROM, CentreFigures.TO);
  }

  private static List<String> keys(Kpis kpi, String breakdown) {
    return kpi.breakdowns().get(breakdown).stream().map(Kpis.Row::key).toList();
  }

  private static List<String> firstColumn(XSSFWorkbook workbook) {
    List<String> column = new java.util.ArrayList<>();
    Sheet sheet = workbook.getSheetAt(0);
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      column.add(SHOWN.formatCellValue(sheet.getRow(i).getCell(0)));
    }
    return column;
  }

  @Test
  void todaysViewsExportWithTheDayInTheirNameAndRealDates() throws Exception {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("workerCount", 20L, "applicantName", "吴导出"));
    String caseNumber = driver.businessKey(kase);

    HttpResponse<byte[]> csv = download("/api/reports/export/collective-disputes.csv");
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(header -> assertThat(header)
        .contains("filename=\"collective-disputes_2026-09-21.csv\"")
        .contains(URLEncoder.encode("在办集体争议_截至2026-09-21.csv", StandardCharsets.UTF_8)));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF案号,申请人（代表）,被申请人,涉及劳动者,争议类型,办理阶段,收到申请日期,调解期限,调解员库,调解员,流程实例ID\r\n");
    assertThat(text).contains(caseNumber + ",吴导出,吉安市某某制衣有限公司,20,追索劳动报酬,已登记,2026-09-21,");

    try (XSSFWorkbook workbook = workbook("/api/reports/export/collective-disputes.xlsx")) {
      Sheet sheet = workbook.getSheetAt(0);
      Row row = null;
      for (Row candidate : sheet) {
        if (caseNumber.equals(SHOWN.formatCellValue(candidate.getCell(0)))) {
          row = candidate;
        }
      }
      assertThat(row).as("row of %s", caseNumber).isNotNull();
      Cell received = row.getCell(6);
      assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(received.getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-09-21");
      assertThat(SHOWN.formatCellValue(received)).isEqualTo("2026-09-21");
      assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(20);
    }
    for (String table : List.of("open-cases", "deadlines", "incidents")) {
      for (String format : List.of("csv", "xlsx")) {
        assertThat(download("/api/reports/export/" + table + "." + format).statusCode()).as(table + "." + format).isEqualTo(200);
      }
    }
    try (XSSFWorkbook workbook = workbook("/api/reports/export/deadlines.xlsx")) {
      assertThat(cells(workbook.getSheetAt(0).getRow(0))).startsWith("案号", "申请人", "被申请人", "办理阶段", "期限事项", "到期时间", "剩余天数");
    }
  }

  @Test
  void anExportOfMoreRowsThanAPageHasEveryOneOnceOldestFirst() throws Exception {
    String prefix = "EXPORT-CHUNK-" + System.nanoTime() + "-";
    int base = (int) (System.nanoTime() % 50000);
    int extra = 2 * ReportTables.EXPORT_CHUNK + 30;   // three chunks
    try {
      for (int i = 0; i < extra; i++) {
        jdbc.update("""
            insert into case_register (case_number, case_year, case_seq, channel, applicant_name, applicant_id_masked,
              applicant_id_hash, employer_name, employer_credit_code, dispute_type, claimed_amount, worker_count, collective,
              status, received_on, created_at, updated_at)
            values (?, 1997, ?, 'window', ?, 'x', 'x', '某厂', '91360802MA35L0JX7X', 'wages', 1, 12, true, 'accepted', ?, ?, ?)""",
            prefix + String.format("%04d", i), base + i, "分块" + i,
            java.sql.Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(i % 200)), OffsetDateTime.now(), OffsetDateTime.now());
      }
      long total = jdbc.queryForObject("select count(*) from case_register where collective and status <> 'closed'", Long.class);

      String text = new String(download("/api/reports/export/collective-disputes.csv").body(), StandardCharsets.UTF_8);
      String[] lines = text.substring(1).split("\r\n");
      assertThat(lines).hasSize(1 + (int) total);
      List<String> ours = java.util.Arrays.stream(lines).filter(line -> line.startsWith(prefix)).toList();
      assertThat(ours).hasSize(extra).doesNotHaveDuplicates();
      List<String> received = java.util.Arrays.stream(lines).skip(1).map(line -> line.split(",")[6]).toList();
      assertThat(received).as("oldest first across the chunks").isSorted();

      try (XSSFWorkbook workbook = workbook("/api/reports/export/collective-disputes.xlsx")) {
        assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) total);
      }
    } finally {
      jdbc.update("delete from case_register where case_number like ?", prefix + "%");
    }
  }

  @Test
  void aBadPeriodIs400AndAnUnknownTableOrFormat404() {
    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    HttpResponse<String> reversed = supervisor.get("/api/reports/export/kpi.csv?from=2025-12-31&to=2025-01-01");
    assertThat(reversed.statusCode()).isEqualTo(400);
    assertThat(reversed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(reversed.body()).contains("bad_period").contains("不得晚于");
    assertThat(supervisor.get("/api/reports/export/kpi-month.xlsx?from=2025-02-30&to=2025-12-31").body()).contains("bad_date");
    assertThat(supervisor.get("/api/reports/export/kpi.xlsx").statusCode()).isEqualTo(400);
    assertThat(supervisor.get("/api/reports/export/salaries.csv" + PERIOD).statusCode()).isEqualTo(404);
    assertThat(supervisor.get("/api/reports/export/kpi.pdf" + PERIOD).statusCode()).isEqualTo(404);
  }

  @Test
  void onlySupervisorsAndAdministratorsMayExport() {
    String path = "/api/reports/export/kpi.csv" + PERIOD;
    assertThat(HttpTestClient.anonymous(port).get(path).statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get(path).statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "admin", "demo").getBytes(path).statusCode()).isEqualTo(200);
    HttpTestClient cockpit = HttpTestClient.anonymous(port);
    cockpit.webappLogin("cockpit", "supervisor", "demo");
    assertThat(cockpit.download(path).statusCode()).isEqualTo(200);
  }

  private HttpResponse<byte[]> download(String path) {
    return HttpTestClient.basic(port, "supervisor", "demo").download(path);
  }

  private XSSFWorkbook workbook(String path) throws Exception {
    HttpResponse<byte[]> response = download(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
  }

  private static List<String> cells(Row row) {
    List<String> cells = new java.util.ArrayList<>();
    row.forEach(cell -> cells.add(SHOWN.formatCellValue(cell)));
    return cells;
  }
}
