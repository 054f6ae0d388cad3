package cn.onedoor.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * KPIs straight from the case register (indexed by acceptance date), never from Camunda's history
 * tables: one aggregate query for the totals and one per breakdown.
 */
@Service
public class KpiService {

  /** Breakdown name → SQL expression it groups by. */
  static final Map<String, String> BREAKDOWNS = new LinkedHashMap<>();

  static {
    BREAKDOWNS.put("channel", "channel");
    BREAKDOWNS.put("disputeType", "dispute_type");
    BREAKDOWNS.put("mediatorPool", "coalesce(mediator_pool, '')");
    BREAKDOWNS.put("mediator", "coalesce(mediator_id, '')");
    BREAKDOWNS.put("month", "cast(extract(year from accepted_on) as integer) * 100 + cast(extract(month from accepted_on) as integer)");
  }

  private static final String MEASURES = """
      count(*), coalesce(sum(case when agreement_on is not null then 1 else 0 end), 0),
      coalesce(sum(agreed_amount), 0)""";

  private final JdbcTemplate jdbc;

  KpiService(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Kpis kpis(LocalDate from, LocalDate to) {
    Object[] period = {Date.valueOf(from), Date.valueOf(to)};
    Map<String, Object> totals = jdbc.queryForMap("""
        select count(*) as cases, coalesce(sum(worker_count), 0) as workers,
               count(distinct employer_credit_code) as employers,
               coalesce(sum(case when agreement_on is not null then 1 else 0 end), 0) as agreements,
               coalesce(sum(case when performed_on_the_spot then 1 else 0 end), 0) as on_the_spot,
               coalesce(sum(agreed_amount), 0) as amount
        from case_register where accepted_on between ? and ?""", period);
    long cases = number(totals, "cases");
    long agreements = number(totals, "agreements");
    Map<String, List<Kpis.Row>> breakdowns = new LinkedHashMap<>();
    BREAKDOWNS.forEach((name, expression) -> breakdowns.put(name, jdbc.query(
        "select " + expression + " as k, " + MEASURES + " from case_register where accepted_on between ? and ? group by "
            + expression + " order by 1",
        (rs, i) -> new Kpis.Row(key(name, rs.getString(1)), rs.getLong(2), rs.getLong(3),
            Kpis.successRate(rs.getLong(3), rs.getLong(2)), Kpis.yuan(rs.getBigDecimal(4))),
        period)));
    return new Kpis(from.toString(), to.toString(), cases, number(totals, "workers"), number(totals, "employers"),
        agreements, number(totals, "on_the_spot"), Kpis.successRate(agreements, cases),
        Kpis.yuan((BigDecimal) value(totals, "amount")), breakdowns);
  }

  /** 202603 → 2026-03 for the month breakdown; other keys as they are. */
  private static String key(String breakdown, String raw) {
    if ("month".equals(breakdown) && raw != null && raw.length() == 6) {
      return raw.substring(0, 4) + "-" + raw.substring(4);
    }
    return raw;
  }

  private static long number(Map<String, Object> row, String column) {
    return ((Number) value(row, column)).longValue();
  }

  /** Column labels come back upper-case from H2 and lower-case from PostgreSQL. */
  private static Object value(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value != null ? value : row.get(column.toUpperCase());
  }
}
