package cn.onedoor.reporting;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseNumber}/timeline}, for supervisors and administrators (see WebSecurityConfig). */
@RestController
class CaseTimelineController {

  private final CaseTimeline timeline;

  CaseTimelineController(CaseTimeline timeline) {
    this.timeline = timeline;
  }

  @GetMapping("/api/cases/{caseNumber}/timeline")
  @Operation(summary = "案件办理时间线", description = "案件流程及其子流程（调解、仲裁、诉讼）的各个环节和流程事件，按时间先后；案件不存在时 404")
  CaseTimeline.Timeline timeline(@PathVariable String caseNumber) {
    return timeline.of(caseNumber);
  }
}
