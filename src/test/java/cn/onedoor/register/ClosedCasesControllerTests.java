package cn.onedoor.register;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.onedoor.api.ApiSlice;
import cn.onedoor.support.RegisterDatabase;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/cases/closed} as a slice: the controller over a register database of its own
 * ({@link RegisterDatabase}) on MockMvc ({@link ApiSlice}), so the latest closed cases are exactly
 * the ones this test closed. What Cockpit's 近期结案 shows of it: MediatorDayBrowserTests.
 */
class ClosedCasesControllerTests {

  static MockMvc mvc;

  @BeforeAll
  static void registerWithClosedAndOpenCases() {
    JdbcTemplate jdbc = RegisterDatabase.create().jdbc();
    for (int day = 1; day <= 205; day++) {
      close(jdbc, day, "settled", LocalDate.of(2025, 1, 1).plusDays(day));
    }
    close(jdbc, 300, "referred_to_court", LocalDate.of(2026, 3, 2));
    close(jdbc, 301, "withdrawn", LocalDate.of(2026, 3, 1));
    close(jdbc, 302, null, null);   // still open
    mvc = ApiSlice.of(new ClosedCasesController(jdbc));
  }

  @Test
  void theLatestClosedCasesComeFirstWithTheirOutcomeInChinese() throws Exception {
    mvc.perform(get("/api/cases/closed").param("limit", "3"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].caseNumber").value(contains("CLOSED-300", "CLOSED-301", "CLOSED-205")))
        .andExpect(jsonPath("$[0].outcome").value("referred_to_court"))
        .andExpect(jsonPath("$[0].outcomeLabel").value("移送法院"))
        .andExpect(jsonPath("$[1].outcomeLabel").value("申请人撤回"))
        .andExpect(jsonPath("$[0].applicantName").value("申请人300"))
        .andExpect(jsonPath("$[0].employerName").value("企业300"))
        .andExpect(jsonPath("$[0].receivedOn").value("2026-02-20"))
        .andExpect(jsonPath("$[0].closedOn").value("2026-03-02"))
        .andExpect(jsonPath("$[0].processInstanceId").value("pi-300"));
  }

  @Test
  void twentyByDefaultAndAtMostTwoHundred() throws Exception {
    mvc.perform(get("/api/cases/closed")).andExpect(jsonPath("$", hasSize(20)));
    mvc.perform(get("/api/cases/closed").param("limit", "1")).andExpect(jsonPath("$", hasSize(1)));
    mvc.perform(get("/api/cases/closed").param("limit", String.valueOf(ClosedCasesController.MAX_LIMIT)))
        .andExpect(jsonPath("$", hasSize(ClosedCasesController.MAX_LIMIT)));
  }

  @Test
  void aLimitOutOfRangeOrNotANumberIsA400InChinese() throws Exception {
    for (String limit : java.util.List.of("many", "0", "-3", "201", "100000", "1e3", "99999999999")) {
      mvc.perform(get("/api/cases/closed").param("limit", limit))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.error").value("bad_limit"))
          .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("参数 limit 应为 1 至 200 之间的整数")));
    }
  }

  private static void close(JdbcTemplate jdbc, int n, String outcome, LocalDate closedOn) {
    LocalDate received = closedOn == null ? LocalDate.of(2026, 3, 1) : closedOn.minusDays(10);
    jdbc.update("""
        insert into case_register (case_number, case_year, case_seq, process_instance_id, channel, applicant_name,
          applicant_id_masked, applicant_id_hash, employer_name, employer_credit_code, dispute_type, claimed_amount,
          worker_count, collective, status, outcome, received_on, closed_on, created_at, updated_at)
        values (?, 2025, ?, ?, 'window', ?, '1101**********0000', ?, ?, '91360802MA35L0JX7X', 'wages', 1000, 1, false,
          ?, ?, ?, ?, ?, ?)""",
        "CLOSED-" + n, n, "pi-" + n, "申请人" + n, "hash-" + n, "企业" + n, closedOn == null ? "accepted" : "closed", outcome,
        Date.valueOf(received), closedOn == null ? null : Date.valueOf(closedOn), OffsetDateTime.now(), OffsetDateTime.now());
  }
}
