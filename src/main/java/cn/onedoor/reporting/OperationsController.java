package cn.onedoor.reporting;

import cn.onedoor.api.ApiException;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.notification.FailedNotices;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisor dashboard's operational views under {@code /api/reports/**} (supervisors and
 * administrators, see WebSecurityConfig): open cases by stage, deadlines overdue or due soon,
 * incidents, notices the gateway never took (with their retry), open collective disputes, and the
 * Chinese labels of the register's codes.
 */
@RestController
class OperationsController {

  static final int DEFAULT_DUE_WINDOW_DAYS = 3;
  static final int MAX_DUE_WINDOW_DAYS = 30;

  private final OperationsView view;
  private final ReportLabels labels;
  private final FailedNotices failedNotices;

  OperationsController(OperationsView view, ReportLabels labels, FailedNotices failedNotices) {
    this.view = view;
    this.labels = labels;
    this.failedNotices = failedNotices;
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

  @GetMapping("/api/reports/failed-notices")
  @Operation(summary = "发送失败的通知（分页）", description = "短信/邮件网关多次重试后仍未接收的通知，最近失败的在前；"
      + "page 从 0 起，size 至多 200（默认 50），total 为总数")
  ReportPage<FailedNotices.FailedNotice> failedNotices(@RequestParam(required = false) String page,
                                                      @RequestParam(required = false) String size,
                                                      HttpServletRequest http, HttpServletResponse answer) {
    ReportPage.Request request = ReportPage.request(page, size);
    // the dashboard's retry carries the webapps' CSRF token, whose cookie is the webapps' path only
    // (/camunda): handed to the page in this header, same-origin only, as the case file does
    HttpSession session = http.getSession(false);
    if (session != null && session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) instanceof String csrf) {
      answer.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, csrf);
    }
    return new ReportPage<>(failedNotices.page(request.offset(), request.size()), request.page(), request.size(),
        failedNotices.count());
  }

  @PostMapping("/api/reports/failed-notices/{id}/retry")
  @Operation(summary = "重新发送失败的通知", description = "将一条发送失败的通知重新排队，立即重新发送（重新计算重试次数）；"
      + "同一通知网关不会重复发送")
  Map<String, Object> retryNotice(@PathVariable String id, Principal user) {
    long noticeId = noticeId(id);
    return switch (failedNotices.retry(noticeId, user.getName())) {
      case QUEUED -> Map.of("id", noticeId, "status", "queued");
      case NOT_FOUND -> throw new ApiException(HttpStatus.NOT_FOUND, "no_notice", "没有编号为 " + noticeId + " 的通知");
      case NOT_FAILED -> throw new ApiException(HttpStatus.CONFLICT, "notice_not_failed",
          "通知 " + noticeId + " 不是发送失败的通知（已发送或正在发送），无需重新发送");
    };
  }

  static long noticeId(String id) {
    try {
      long value = Long.parseLong(id.trim());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, "bad_id", "通知编号应为正整数（" + id + "）");
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
