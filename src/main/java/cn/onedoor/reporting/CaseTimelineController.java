package cn.onedoor.reporting;

import cn.onedoor.api.ApiException;
import cn.onedoor.register.CaseAccess;
import cn.onedoor.register.CaseNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseNumber}/timeline}, for the case's pool and mediator, supervisors and administrators ({@link CaseAccess}). */
@RestController
class CaseTimelineController {

  private final CaseTimeline timeline;
  private final CaseAccess access;

  CaseTimelineController(CaseTimeline timeline, CaseAccess access) {
    this.timeline = timeline;
    this.access = access;
  }

  @GetMapping("/api/cases/{caseNumber}/timeline")
  @Operation(summary = "案件办理时间线", description = "案件流程及其子流程（调解、仲裁、诉讼）的各个环节和流程事件，按时间先后；"
      + "仅限本案调解员组、承办调解员、中心负责人和系统管理员，其他人 403；案件不存在时 404")
  CaseTimeline.Timeline timeline(@PathVariable String caseNumber) {
    try {
      return access.read(caseNumber, () -> timeline.of(caseNumber));
    } catch (CaseNotFoundException e) {
      throw new ApiException(HttpStatus.NOT_FOUND, "no_case", e.getMessage());
    }
  }
}
