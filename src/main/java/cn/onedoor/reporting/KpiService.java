package cn.onedoor.reporting;

import cn.onedoor.register.RegisterFigures;
import java.time.LocalDate;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The centre's KPIs over the cases accepted in a period, from our own tables, never from Camunda's
 * history: on PostgreSQL from the daily projection of the case register ({@link DailyKpiProjection}),
 * on H2 (the demo) from the register itself ({@link RegisterKpis}). Both give the same figures; the
 * projection keeps a full year of a million cases well under 200 ms (docs/reporting-benchmark.md).
 */
@Service
public class KpiService {

  private final RegisterKpis register;
  private final DailyKpiProjection projection;

  KpiService(JdbcTemplate jdbc, PlatformTransactionManager transactions, RegisterFigures figures) {
    this.register = new RegisterKpis(figures);
    String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    this.projection = "PostgreSQL".equals(database) ? new DailyKpiProjection(jdbc, transactions, figures) : null;
  }

  public Kpis kpis(LocalDate from, LocalDate to) {
    return projection != null ? projection.kpis(from, to) : register.kpis(from, to);
  }

  /** Straight from the register, whatever the database: the reference for the projection. */
  Kpis fromRegister(LocalDate from, LocalDate to) {
    return register.kpis(from, to);
  }

  /** Brings the projection up to date now (PostgreSQL); returns the days recomputed. */
  int bringProjectionUpToDate() {
    return projection == null ? 0 : projection.bringUpToDate();
  }
}
