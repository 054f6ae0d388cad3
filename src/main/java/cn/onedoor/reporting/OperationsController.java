package cn.onedoor.reporting;

import cn.onedoor.api.ApiException;
import cn.onedoor.deadline.Deadlines;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisor dashboard's operational views under {@code /api/reports/**} (supervisors and
 * administrators, see WebSecurityConfig): open cases by stage, deadlines overdue or due soon,
 * incidents, open collective disputes, and the Chinese labels of the register's codes.
 */
@RestController
class OperationsController {

  static final int DEFAULT_DUE_WINDOW_DAYS = 3;
  static final int MAX_DUE_WINDOW_DAYS = 30;

  private final OperationsView view;
  private final ReportLabels labels;

  OperationsController(OperationsView view, ReportLabels labels) {
    this.view = view;
    this.labels = labels;
  }

  @GetMapping("/api/reports/open-cases")
  @Operation(summary = "在办案件（按阶段）", description = "未结案件按办理阶段计数，含其中的集体争议；来自案件登记簿")
  List<OperationsView.StageCount> openCases() {
    return view.openCasesByStage();
  }

  @GetMapping("/api/reports/deadlines")
  @Operation(summary = "已逾期及即将到期的法定期限（分页）", description = "每个在办案件最近的法定期限，已逾期或 days 天内到期（默认 3 天），"
      + "最紧迫的在前；page 从 0 起，size 至多 200（默认 50），total 为案件总数")
  ReportPage<OperationsView.DueCase> deadlines(@RequestParam(required = false) String days, @RequestParam(required = false) String page,
                                               @RequestParam(required = false) String size) {
    int window = window(days);
    ReportPage.Request request = ReportPage.request(page, size);
    return view.dueCasePage(Deadlines.today(), window, request.page(), request.size());
  }

  @GetMapping("/api/reports/incidents")
  @Operation(summary = "流程事件（incident，分页）", description = "未解决的流程事件及其案件、环节和错误信息，最新的在前；"
      + "page 从 0 起，size 至多 200（默认 50），total 为总数")
  ReportPage<OperationsView.OpenIncident> incidents(@RequestParam(required = false) String page,
                                                    @RequestParam(required = false) String size) {
    ReportPage.Request request = ReportPage.request(page, size);
    return view.incidents(request.page(), request.size());
  }

  @GetMapping("/api/reports/collective-disputes")
  @Operation(summary = "在办集体争议（分页）", description = "劳动者十人以上、尚未结案的集体争议，收到申请早的在前；"
      + "page 从 0 起，size 至多 200（默认 50），total 为总数")
  ReportPage<OperationsView.CaseFacts> collectiveDisputes(@RequestParam(required = false) String page,
                                                          @RequestParam(required = false) String size) {
    ReportPage.Request request = ReportPage.request(page, size);
    return view.collectiveDisputes(request.page(), request.size());
  }

  @GetMapping("/api/reports/labels")
  @Operation(summary = "代码的中文名称", description = "受理渠道、争议类型、调解员库、办理阶段、调解员姓名")
  Map<String, Map<String, String>> labels() {
    return labels.all();
  }

  static int window(String days) {
    if (days == null || days.isBlank()) {
      return DEFAULT_DUE_WINDOW_DAYS;
    }
    try {
      int value = Integer.parseInt(days.trim());
      if (value >= 0 && value <= MAX_DUE_WINDOW_DAYS) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, "bad_days", "参数 days 应为 0 至 " + MAX_DUE_WINDOW_DAYS + " 之间的整数（" + days + "）");
  }
}
