package cn.onedoor.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a test's own cases add to a period's KPIs: the figures after minus the figures before, so
 * that cases other tests accepted on the same days do not count. Counts and amounts subtract; the
 * rates are those of the differences; a breakdown keeps the groups that changed. Distinct employers
 * subtract too, which is the test's own employers where those are new to the period.
 */
final class KpiDifference {

  private KpiDifference() {}

  static Kpis between(Kpis before, Kpis after) {
    Map<String, List<Kpis.Row>> breakdowns = new LinkedHashMap<>();
    after.breakdowns().forEach((name, rows) -> {
      Map<String, Kpis.Row> earlier = new LinkedHashMap<>();
      before.breakdowns().getOrDefault(name, List.of()).forEach(row -> earlier.put(row.key(), row));
      List<Kpis.Row> changed = new ArrayList<>();
      for (Kpis.Row row : rows) {
        Kpis.Row was = earlier.getOrDefault(row.key(), new Kpis.Row(row.key(), 0, 0, "0.00", "0.00"));
        long cases = row.casesReceived() - was.casesReceived();
        long agreements = row.agreementsReached() - was.agreementsReached();
        String amount = minus(row.amountRecovered(), was.amountRecovered());
        if (cases != 0 || agreements != 0 || new BigDecimal(amount).signum() != 0) {
          changed.add(new Kpis.Row(row.key(), cases, agreements, Kpis.successRate(agreements, cases), amount));
        }
      }
      breakdowns.put(name, changed);
    });
    long cases = after.casesReceived() - before.casesReceived();
    long agreements = after.agreementsReached() - before.agreementsReached();
    return new Kpis(after.from(), after.to(), cases, after.workersInvolved() - before.workersInvolved(),
        after.enterprisesInvolved() - before.enterprisesInvolved(), agreements,
        after.performedOnTheSpot() - before.performedOnTheSpot(), Kpis.successRate(agreements, cases),
        minus(after.amountRecovered(), before.amountRecovered()), breakdowns);
  }

  private static String minus(String after, String before) {
    return Kpis.yuan(new BigDecimal(after).subtract(new BigDecimal(before)));
  }
}
