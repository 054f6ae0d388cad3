package cn.onedoor.reporting;

import cn.onedoor.register.RegisterFigures;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The KPIs from {@code kpi_daily}, the register added up per acceptance day and breakdown key
 * (PostgreSQL, V6 in db/vendor/postgresql). Triggers on case_register note the days whose cases
 * changed in {@code kpi_dirty_day}; before answering, those days are recomputed from the register
 * ({@link RegisterFigures#acceptedOn}), so every report reflects every committed change. Distinct
 * employers are counted from the register ({@link RegisterFigures#employersAcceptedBetween}).
 *
 * <p>Bringing days up to date: one refresher at a time (a lock on kpi_daily that readers ignore);
 * the noted days are taken off the list first and recomputed after, so a change committed meanwhile
 * is either in the recomputation or still on the list for the next report.
 */
final class DailyKpiProjection {

  /** Days recomputed per statement. */
  static final int DAYS_PER_STATEMENT = 500;

  private static final String INSERT = """
      insert into kpi_daily (accepted_on, breakdown, breakdown_key, cases, workers, agreements, on_the_spot, amount)
      values (?, ?, ?, ?, ?, ?, ?, ?)""";

  /**
   * Breakdown rows and months (from the channel rows, which hold every case once), in one
   * statement; the number of distinct employers comes from the register.
   */
  private static final String REPORT = """
      select breakdown, breakdown_key, sum(cases), sum(agreements), sum(amount), sum(workers), sum(on_the_spot)
      from kpi_daily where accepted_on between ? and ? group by breakdown, breakdown_key
      union all
      select 'month', to_char(accepted_on, 'YYYY-MM'), sum(cases), sum(agreements), sum(amount), sum(workers), sum(on_the_spot)
      from kpi_daily where breakdown = 'channel' and accepted_on between ? and ? group by to_char(accepted_on, 'YYYY-MM')""";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final RegisterFigures register;

  DailyKpiProjection(JdbcTemplate jdbc, PlatformTransactionManager transactions, RegisterFigures register) {
    this.jdbc = jdbc;
    this.register = register;
    this.transaction = new TransactionTemplate(transactions);
  }

  Kpis kpis(LocalDate from, LocalDate to) {
    bringUpToDate();
    Date start = Date.valueOf(from);
    Date end = Date.valueOf(to);
    KpiTable table = new KpiTable();
    ChannelSums totals = new ChannelSums();
    jdbc.query(REPORT, rs -> {
      String breakdown = rs.getString(1);
      table.row(breakdown, rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5));
      if ("channel".equals(breakdown)) {
        totals.add(rs.getLong(3), rs.getLong(6), rs.getLong(4), rs.getLong(7), rs.getBigDecimal(5));
      }
    }, start, end, start, end);
    table.employers(register.employersAcceptedBetween(from, to));
    table.totals(totals.cases, totals.workers, totals.agreements, totals.onTheSpot, totals.amount);
    return table.kpis(from, to);
  }

  /** Recomputes the days noted in kpi_dirty_day; returns how many. */
  int bringUpToDate() {
    Boolean dirty = jdbc.queryForObject("select exists (select 1 from kpi_dirty_day)", Boolean.class);
    if (!Boolean.TRUE.equals(dirty)) {
      return 0;
    }
    Integer recomputed = transaction.execute(status -> {
      jdbc.execute("lock table kpi_daily in exclusive mode");
      List<Date> days = jdbc.queryForList("select distinct accepted_on from kpi_dirty_day", Date.class);
      for (int i = 0; i < days.size(); i += DAYS_PER_STATEMENT) {
        Date[] chunk = days.subList(i, Math.min(days.size(), i + DAYS_PER_STATEMENT)).toArray(Date[]::new);
        jdbc.update("delete from kpi_dirty_day where accepted_on = any(?)", ps -> dates(ps, 1, chunk));
        jdbc.update("delete from kpi_daily where accepted_on = any(?)", ps -> dates(ps, 1, chunk));
        List<RegisterFigures.DayRow> rows = register.acceptedOn(chunk);
        jdbc.batchUpdate(INSERT, rows, 1000, (ps, row) -> {
          ps.setDate(1, row.acceptedOn());
          ps.setString(2, row.breakdown());
          ps.setString(3, row.key());
          ps.setLong(4, row.cases());
          ps.setLong(5, row.workers());
          ps.setLong(6, row.agreements());
          ps.setLong(7, row.onTheSpot());
          ps.setBigDecimal(8, row.amount());
        });
      }
      return days.size();
    });
    return recomputed == null ? 0 : recomputed;
  }

  private static void dates(PreparedStatement ps, int parameter, Date[] days) throws SQLException {
    ps.setArray(parameter, ps.getConnection().createArrayOf("date", days));
  }

  /** The totals: every case is in exactly one channel row. */
  private static final class ChannelSums {
    long cases;
    long workers;
    long agreements;
    long onTheSpot;
    BigDecimal amount = BigDecimal.ZERO;

    void add(long cases, long workers, long agreements, long onTheSpot, BigDecimal amount) {
      this.cases += cases;
      this.workers += workers;
      this.agreements += agreements;
      this.onTheSpot += onTheSpot;
      this.amount = this.amount.add(amount);
    }
  }
}
