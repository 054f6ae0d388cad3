package cn.onedoor.reporting;

import cn.onedoor.api.ApiException;
import cn.onedoor.deadline.Deadlines;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The dashboard's tables for export, built from the same services as the JSON endpoints: the KPI
 * summary and its breakdowns over a period (by acceptance date), and today's operational views.
 */
@Service
class ReportTables {

  /** Table id → title; also the order the README lists them in. */
  static final Map<String, String> TITLES = new LinkedHashMap<>();
  /** KPI breakdown tables: table id → breakdown name in {@link Kpis#breakdowns()}. */
  static final Map<String, String> BREAKDOWNS = new LinkedHashMap<>();

  static {
    TITLES.put("kpi", "中心工作指标");
    TITLES.put("kpi-channel", "按受理渠道统计");
    TITLES.put("kpi-dispute-type", "按争议类型统计");
    TITLES.put("kpi-mediator-pool", "按调解员库统计");
    TITLES.put("kpi-mediator", "按调解员统计");
    TITLES.put("kpi-month", "按月统计");
    TITLES.put("open-cases", "在办案件按阶段");
    TITLES.put("deadlines", "法定期限已逾期及即将到期");
    TITLES.put("incidents", "流程事件");
    TITLES.put("collective-disputes", "在办集体争议");
    BREAKDOWNS.put("kpi-channel", "channel");
    BREAKDOWNS.put("kpi-dispute-type", "disputeType");
    BREAKDOWNS.put("kpi-mediator-pool", "mediatorPool");
    BREAKDOWNS.put("kpi-mediator", "mediator");
    BREAKDOWNS.put("kpi-month", "month");
  }

  private static final Map<String, String> BREAKDOWN_HEADERS = Map.of(
      "channel", "受理渠道", "disputeType", "争议类型", "mediatorPool", "调解员库", "mediator", "调解员", "month", "月份");

  private final KpiService kpis;
  private final OperationsView operations;
  private final ReportLabels labels;

  ReportTables(KpiService kpis, OperationsView operations, ReportLabels labels) {
    this.kpis = kpis;
    this.operations = operations;
    this.labels = labels;
  }

  /** The table {@code id}; KPI tables need the period, today's views ignore it. 404 for an unknown id. */
  ReportTable table(String id, String from, String to) {
    if (!TITLES.containsKey(id)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "no_table", "没有名为 " + id + " 的报表；可导出：" + String.join("、", TITLES.keySet()));
    }
    if (id.equals("kpi") || BREAKDOWNS.containsKey(id)) {
      ReportPeriod period = ReportPeriod.parse(from, to);
      Kpis figures = kpis.kpis(period.from(), period.to());
      String scope = period.from() + "至" + period.to();
      String asciiScope = period.from() + "_" + period.to();
      return id.equals("kpi") ? summary(figures, scope, asciiScope) : breakdown(id, figures, scope, asciiScope);
    }
    LocalDate today = Deadlines.today();
    String scope = "截至" + today;
    return switch (id) {
      case "open-cases" -> openCases(scope, today.toString());
      case "deadlines" -> deadlines(today, scope);
      case "incidents" -> incidents(scope, today.toString());
      default -> collectiveDisputes(scope, today.toString());
    };
  }

  private ReportTable summary(Kpis k, String scope, String asciiScope) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("受理案件", k.casesReceived(), "件"));
    rows.add(row("涉及劳动者", k.workersInvolved(), "人"));
    rows.add(row("涉及企业", k.enterprisesInvolved(), "家"));
    rows.add(row("达成调解协议", k.agreementsReached(), "件"));
    rows.add(row("当场履行", k.performedOnTheSpot(), "件"));
    rows.add(row("调解成功率", new BigDecimal(k.successRate()), "%"));
    rows.add(row("挽回经济损失", new BigDecimal(k.amountRecovered()), "元"));
    return new ReportTable("kpi", TITLES.get("kpi"), scope, asciiScope,
        List.of("指标", "数值", "单位"), rows);
  }

  private ReportTable breakdown(String id, Kpis k, String scope, String asciiScope) {
    String name = BREAKDOWNS.get(id);
    Map<String, String> mediators = name.equals("mediator") ? labels.mediators() : Map.of();
    List<List<Object>> rows = new ArrayList<>();
    for (Kpis.Row r : k.breakdowns().get(name)) {
      String label = switch (name) {
        case "channel" -> labels.channel(r.key());
        case "disputeType" -> labels.disputeType(r.key());
        case "mediatorPool" -> labels.mediatorPool(r.key());
        case "mediator" -> r.key() == null || r.key().isBlank() ? ReportLabels.UNASSIGNED
            : mediators.getOrDefault(r.key(), r.key());
        default -> r.key();
      };
      rows.add(row(label, r.casesReceived(), r.agreementsReached(), new BigDecimal(r.successRate()), new BigDecimal(r.amountRecovered())));
    }
    return new ReportTable(id, TITLES.get(id), scope, asciiScope, List.of(BREAKDOWN_HEADERS.get(name), "受理案件",
        "达成调解协议", "调解成功率（%）", "挽回经济损失（元）"), rows);
  }

  private ReportTable openCases(String scope, String asciiScope) {
    List<List<Object>> rows = new ArrayList<>();
    long cases = 0;
    long collective = 0;
    for (OperationsView.StageCount stage : operations.openCasesByStage()) {
      rows.add(row(stage.label(), stage.cases(), stage.collective()));
      cases += stage.cases();
      collective += stage.collective();
    }
    rows.add(row("合计", cases, collective));
    return new ReportTable("open-cases", TITLES.get("open-cases"), scope, asciiScope,
        List.of("办理阶段", "在办案件", "其中集体争议"), rows);
  }

  /** Every case due within the window, not only the dashboard's first 200: read a page at a time while written. */
  private ReportTable deadlines(LocalDate today, String scope) {
    int window = OperationsController.DEFAULT_DUE_WINDOW_DAYS;
    return new ReportTable("deadlines", TITLES.get("deadlines"), scope, today.toString(), List.of("案号", "申请人",
        "被申请人", "办理阶段", "期限事项", "到期时间", "剩余天数", "状态",
        "调解员库", "调解员", "流程实例ID"),
        dueRows(operations.dueCases(today, window, 0, EXPORT_CHUNK)),
        chunks(page -> dueRows(operations.dueCases(today, window, page, EXPORT_CHUNK))));
  }

  private List<List<Object>> dueRows(List<OperationsView.DueCase> dueCases) {
    List<List<Object>> rows = new ArrayList<>();
    for (OperationsView.DueCase due : dueCases) {
      OperationsView.CaseFacts f = due.facts();
      rows.add(row(due.caseNumber(), f.applicantName(), f.employerName(), labels.stage(f.stage()), due.deadlineName(), due.due(),
          due.daysLeft(), due.overdue() ? "已逾期" : "即将到期", labels.mediatorPool(f.mediatorPool()), f.mediatorId(),
          f.processInstanceId()));
    }
    return rows;
  }

  /** Rows an export reads from the database at a time (the first page, then page after page while it writes). */
  static final int EXPORT_CHUNK = ReportPage.MAX_SIZE;

  private ReportTable incidents(String scope, String asciiScope) {
    return new ReportTable("incidents", TITLES.get("incidents"), scope, asciiScope, List.of("案号", "流程",
        "环节", "事件类型", "错误信息", "发生时间", "流程实例ID"),
        incidentRows(operations.incidents(0, EXPORT_CHUNK).items()),
        chunks(page -> incidentRows(operations.incidents(page, EXPORT_CHUNK).items())));
  }

  private static List<List<Object>> incidentRows(List<OperationsView.OpenIncident> incidents) {
    List<List<Object>> rows = new ArrayList<>();
    for (OperationsView.OpenIncident incident : incidents) {
      rows.add(row(incident.caseNumber(), incident.processName(), incident.activityName(), incidentType(incident.incidentType()),
          incident.message(), incident.occurredAt(), incident.processInstanceId()));
    }
    return rows;
  }

  private ReportTable collectiveDisputes(String scope, String asciiScope) {
    return new ReportTable("collective-disputes", TITLES.get("collective-disputes"), scope, asciiScope, List.of("案号",
        "申请人（代表）", "被申请人", "涉及劳动者", "争议类型", "办理阶段", "收到申请日期",
        "调解期限", "调解员库", "调解员", "流程实例ID"),
        collectiveRows(operations.collectiveDisputes(0, EXPORT_CHUNK).items()),
        chunks(page -> collectiveRows(operations.collectiveDisputes(page, EXPORT_CHUNK).items())));
  }

  private List<List<Object>> collectiveRows(List<OperationsView.CaseFacts> disputes) {
    List<List<Object>> rows = new ArrayList<>();
    for (OperationsView.CaseFacts f : disputes) {
      rows.add(row(f.caseNumber(), f.applicantName(), f.employerName(), (long) f.workerCount(), labels.disputeType(f.disputeType()),
          labels.stage(f.stage()), f.receivedOn(), f.mediationDeadline(), labels.mediatorPool(f.mediatorPool()), f.mediatorId(),
          f.processInstanceId()));
    }
    return rows;
  }

  /**
   * Pages 1, 2, … of {@link #EXPORT_CHUNK} rows until one comes back empty (page 0 is the table's own rows; a page may
   * come back short and still have a successor: deadlines of cases missing from the register are left out).
   */
  private static ReportTable.Chunks chunks(java.util.function.IntFunction<List<List<Object>>> page) {
    return sink -> {
      for (int p = 1; p <= Integer.MAX_VALUE / EXPORT_CHUNK; p++) {
        List<List<Object>> rows = page.apply(p);
        if (rows.isEmpty()) {
          return;
        }
        sink.accept(rows);
      }
    };
  }

  /** failedJob → 任务执行失败; Camunda's other types and our own as they are. */
  static String incidentType(String type) {
    return switch (type == null ? "" : type) {
      case "failedJob" -> "任务执行失败";
      case "failedExternalTask" -> "外部任务失败";
      default -> type;
    };
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
