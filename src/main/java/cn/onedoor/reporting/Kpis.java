package cn.onedoor.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The centre's figures over the cases accepted (受理) in a period: cases received, workers, distinct
 * employers, agreements reached (whenever reached), performed on the spot, success rate and the
 * amount recovered, with breakdowns. Rates and amounts are strings with two decimals.
 */
public record Kpis(String from, String to, long casesReceived, long workersInvolved, long enterprisesInvolved,
                   long agreementsReached, long performedOnTheSpot, String successRate, String amountRecovered,
                   Map<String, List<Row>> breakdowns) {

  /** One group of a breakdown (a channel, a dispute type, a pool, a mediator or a month). */
  public record Row(String key, long casesReceived, long agreementsReached, String successRate, String amountRecovered) {}

  /** Agreements ÷ cases received as a percentage, two decimals, rounded half-up; "0.00" without cases. */
  static String successRate(long agreements, long cases) {
    if (cases == 0) {
      return "0.00";
    }
    return BigDecimal.valueOf(agreements).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(cases), 2, RoundingMode.HALF_UP).toPlainString();
  }

  static String yuan(BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
