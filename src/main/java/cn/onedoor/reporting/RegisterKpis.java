package cn.onedoor.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPIs read straight from the case register: one statement, the totals and each breakdown a
 * branch of a UNION ALL over the cases accepted in the period. Plain SQL for every database; what
 * H2 (the demo) runs, and on PostgreSQL the reference the daily projection is held to.
 */
final class RegisterKpis {

  /** Breakdown name → SQL expression it groups by. */
  static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put("channel", "channel");
    GROUPS.put("disputeType", "dispute_type");
    GROUPS.put("mediatorPool", "coalesce(mediator_pool, '')");
    GROUPS.put("mediator", "coalesce(mediator_id, '')");
    GROUPS.put("month", "cast(extract(year from accepted_on) as integer) * 100 + cast(extract(month from accepted_on) as integer)");
  }

  /** Marks the branch with the totals. */
  private static final String TOTALS = "*";

  private static final String PERIOD = " from case_register where accepted_on between ? and ?";

  /** Every branch: breakdown, key, cases, agreements, amount; the totals also workers, employers, on the spot. */
  static final String SQL;

  static {
    StringJoiner branches = new StringJoiner("\nunion all\n");
    branches.add("select cast('" + TOTALS + "' as varchar(20)) as breakdown, cast(null as varchar(64)) as k, count(*) as cases,"
        + " count(agreement_on) as agreements, coalesce(sum(agreed_amount), 0) as amount, coalesce(sum(worker_count), 0) as workers,"
        + " count(distinct employer_credit_code) as employers, count(case when performed_on_the_spot then 1 end) as on_the_spot"
        + PERIOD);
    GROUPS.forEach((name, expression) -> {
      // H2 wants the very expression of the select list in the GROUP BY
      String key = "cast(" + expression + " as varchar(64))";
      branches.add("select cast('" + name + "' as varchar(20)), " + key + ", count(*), count(agreement_on),"
          + " coalesce(sum(agreed_amount), 0), 0, 0, 0" + PERIOD + " group by " + key);
    });
    SQL = branches.toString();
  }

  private final JdbcTemplate jdbc;

  RegisterKpis(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Kpis kpis(LocalDate from, LocalDate to) {
    Object[] periods = new Object[2 * (GROUPS.size() + 1)];
    for (int i = 0; i < periods.length; i += 2) {
      periods[i] = Date.valueOf(from);
      periods[i + 1] = Date.valueOf(to);
    }
    KpiTable table = new KpiTable();
    jdbc.query(SQL, rs -> {
      String breakdown = rs.getString(1);
      if (TOTALS.equals(breakdown)) {
        table.totals(rs.getLong(3), rs.getLong(6), rs.getLong(4), rs.getLong(8), rs.getBigDecimal(5));
        table.employers(rs.getLong(7));
      } else {
        table.row(breakdown, key(breakdown, rs.getString(2)), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5));
      }
    }, periods);
    return table.kpis(from, to);
  }

  /** 202603 → 2026-03 for the month breakdown; other keys as they are. */
  private static String key(String breakdown, String raw) {
    if ("month".equals(breakdown) && raw != null && raw.length() == 6) {
      return raw.substring(0, 4) + "-" + raw.substring(4);
    }
    return raw;
  }
}
