package cn.onedoor.reporting;

import cn.onedoor.register.RegisterFigures;
import java.time.LocalDate;

/**
 * The KPIs read straight from the case register ({@link RegisterFigures#acceptedBetween}: one
 * statement, the totals and each breakdown a branch of a UNION ALL over the cases accepted in the
 * period). Plain SQL for every database; what H2 (the demo) runs, and on PostgreSQL the reference
 * the daily projection is held to.
 */
final class RegisterKpis {

  private final RegisterFigures figures;

  RegisterKpis(RegisterFigures figures) {
    this.figures = figures;
  }

  Kpis kpis(LocalDate from, LocalDate to) {
    KpiTable table = new KpiTable();
    for (RegisterFigures.BreakdownRow row : figures.acceptedBetween(from, to)) {
      if (RegisterFigures.TOTALS.equals(row.breakdown())) {
        table.totals(row.cases(), row.workers(), row.agreements(), row.onTheSpot(), row.amount());
        table.employers(row.employers());
      } else {
        table.row(row.breakdown(), key(row.breakdown(), row.key()), row.cases(), row.agreements(), row.amount());
      }
    }
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
