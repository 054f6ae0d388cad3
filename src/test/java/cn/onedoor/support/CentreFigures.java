package cn.onedoor.support;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register of a real centre from March 2023 to December 2025 (DOMAIN.md), seeded straight into
 * {@code case_register}: 594 cases accepted, 648 workers, 397 employers, 588 agreements, 256 performed
 * on the spot, 98.99 %, 6,811,100.00 yuan; plus three cases accepted in January 2026. Every row is
 * closed and has no process instance, so today's views (open cases, deadlines) do not see them.
 * Seeded once per database: {@code KpiTests} seeds it into a register database of its own
 * ({@link RegisterDatabase}) and holds the figures exact; the exports' and the dashboard's tests seed
 * it into the shared one, where other tests' cases may join the period, and compare with what the
 * KPI service gives at that moment.
 */
public final class CentreFigures {

  public static final LocalDate FROM = LocalDate.of(2023, 3, 1);
  public static final LocalDate TO = LocalDate.of(2025, 12, 31);
  public static final int CASES = 594;
  public static final int WORKERS = 648;
  public static final int EMPLOYERS = 397;
  public static final int AGREEMENTS = 588;
  public static final int PERFORMED_ON_THE_SPOT = 256;
  public static final String SUCCESS_RATE = "98.99";
  public static final String AMOUNT_RECOVERED = "6811100.00";

  private CentreFigures() {}

  public static synchronized void seed(JdbcTemplate jdbc) {
    if (jdbc.queryForObject("select count(*) from case_register where case_number like 'KPI-%'", Integer.class) > 0) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < CASES + 3; i++) {
      boolean inPeriod = i < CASES;
      LocalDate accepted = inPeriod ? FROM.plusDays((long) i * 1036 / (CASES - 1)) : LocalDate.of(2026, 1, 5);
      boolean agreement = i < AGREEMENTS || !inPeriod;
      BigDecimal amount = !agreement ? null : i == 587 ? new BigDecimal("11879.00") : new BigDecimal("11583.00");
      rows.add(new Object[] {"KPI-" + i, 1999, 10000 + i, i % 3 == 0 ? "online" : "window", "劳动者" + i, "1101**********0000",
          "hash" + i, "企业" + (i % 397), "KPI" + String.format("%015d", i % 397), i % 2 == 0 ? "wages" : "dismissal",
          new BigDecimal("20000.00"), amount, agreement ? i < PERFORMED_ON_THE_SPOT : null, i < 54 ? 2 : 1, false, "mediator-union",
          "mediator", "closed", Date.valueOf(accepted.minusDays(1)), Date.valueOf(accepted),
          agreement ? Date.valueOf(accepted.plusDays(7)) : null, OffsetDateTime.now(), OffsetDateTime.now()});
    }
    jdbc.batchUpdate("""
        insert into case_register (case_number, case_year, case_seq, channel, applicant_name, applicant_id_masked,
          applicant_id_hash, employer_name, employer_credit_code, dispute_type, claimed_amount, agreed_amount,
          performed_on_the_spot, worker_count, collective, mediator_pool, mediator_id, status, received_on, accepted_on,
          agreement_on, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
  }
}
