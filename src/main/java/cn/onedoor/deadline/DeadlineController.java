package cn.onedoor.deadline;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/deadlines}: open cases by days left to their next statutory deadline, overdue first. */
@RestController
class DeadlineController {

  private final DeadlineView view;

  DeadlineController(DeadlineView view) {
    this.view = view;
  }

  @GetMapping("/api/deadlines")
  List<DeadlineView.CaseDeadline> deadlines() {
    return view.openCases(Deadlines.today());
  }
}
