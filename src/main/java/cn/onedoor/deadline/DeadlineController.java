package cn.onedoor.deadline;

import cn.onedoor.api.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/deadlines?page=0&size=50}: open cases by their next statutory deadline, overdue
 * first, ties by case number, a page at a time ({@code size} at most {@link DeadlineView#MAX_PAGE_SIZE})
 * with the total.
 */
@RestController
class DeadlineController {

  static final int DEFAULT_SIZE = 50;

  private final DeadlineView view;

  DeadlineController(DeadlineView view) {
    this.view = view;
  }

  @GetMapping("/api/deadlines")
  @Operation(summary = "在办案件的法定期限（分页）",
      description = "每个在办案件最近的法定期限，已逾期的在前，同日按案号；page 从 0 起，size 至多 200（默认 50），total 为案件总数")
  DeadlineView.Page deadlines(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    return view.page(Deadlines.today(), PageParameters.number("page", page, 0, 0, Integer.MAX_VALUE / DeadlineView.MAX_PAGE_SIZE),
        PageParameters.number("size", size, DEFAULT_SIZE, 1, DeadlineView.MAX_PAGE_SIZE));
  }
}
