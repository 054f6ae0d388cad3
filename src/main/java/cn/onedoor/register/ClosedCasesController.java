package cn.onedoor.register;

import cn.onedoor.api.PageParameters;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/closed}: the latest closed cases with their outcome, from the register —
 * what Cockpit's dashboard shows supervisors beside Camunda's own figures (Cockpit Community shows
 * running instances only).
 */
@RestController
class ClosedCasesController {

  static final int MAX_LIMIT = 200;

  record ClosedCase(String caseNumber, String applicantName, String employerName, String outcome, String outcomeLabel,
                    LocalDate receivedOn, LocalDate closedOn, String processInstanceId) {}

  private final JdbcTemplate jdbc;

  ClosedCasesController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/api/cases/closed")
  List<ClosedCase> closed(@RequestParam(required = false) String limit) {
    // a limit out of range or not a number is refused (400, in Chinese), not quietly clamped
    int rows = PageParameters.number("limit", limit, 20, 1, MAX_LIMIT);
    return jdbc.query("""
        select case_number, applicant_name, employer_name, outcome, received_on, closed_on, process_instance_id
        from case_register where closed_on is not null
        order by closed_on desc, updated_at desc
        fetch first %d rows only""".formatted(rows),
        (rs, i) -> new ClosedCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            Outcome.labelOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
            rs.getString(7)));
  }
}
