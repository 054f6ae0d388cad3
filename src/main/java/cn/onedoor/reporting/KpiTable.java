package cn.onedoor.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the totals and the breakdown rows as a query returns them, and makes the {@link Kpis}. */
final class KpiTable {

  /** The breakdowns, in the order the API lists them. */
  static final List<String> BREAKDOWNS = List.of("channel", "disputeType", "mediatorPool", "mediator", "month");

  private final Map<String, List<Kpis.Row>> breakdowns = new LinkedHashMap<>();
  private long cases;
  private long workers;
  private long employers;
  private long agreements;
  private long onTheSpot;
  private BigDecimal amount = BigDecimal.ZERO;

  KpiTable() {
    BREAKDOWNS.forEach(name -> breakdowns.put(name, new ArrayList<>()));
  }

  void totals(long cases, long workers, long agreements, long onTheSpot, BigDecimal amount) {
    this.cases = cases;
    this.workers = workers;
    this.agreements = agreements;
    this.onTheSpot = onTheSpot;
    this.amount = amount == null ? BigDecimal.ZERO : amount;
  }

  void employers(long employers) {
    this.employers = employers;
  }

  void row(String breakdown, String key, long cases, long agreements, BigDecimal amount) {
    List<Kpis.Row> rows = breakdowns.get(breakdown);
    if (rows == null) {
      throw new IllegalArgumentException("Unknown breakdown " + breakdown);
    }
    rows.add(new Kpis.Row(key, cases, agreements, Kpis.successRate(agreements, cases), Kpis.yuan(amount)));
  }

  /** Rows of each breakdown sorted by key, the same on every database whatever its collation. */
  Kpis kpis(LocalDate from, LocalDate to) {
    breakdowns.values().forEach(rows -> rows.sort(Comparator.comparing(Kpis.Row::key)));
    return new Kpis(from.toString(), to.toString(), cases, workers, employers, agreements, onTheSpot,
        Kpis.successRate(agreements, cases), Kpis.yuan(amount), breakdowns);
  }
}
