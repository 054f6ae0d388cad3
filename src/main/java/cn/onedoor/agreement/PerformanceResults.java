package cn.onedoor.agreement;

import java.math.BigDecimal;

/**
 * 确认协议履行 (confirm-performance, {@code performance}): the agreement was performed in full, in part
 * (the amount paid, {@code performedAmount}: more than 0, less than the agreed amount; the unpaid
 * rest goes the non-performance path, payment order or arbitration, LDMAL arts. 15–16) or not at all.
 */
public final class PerformanceResults {

  public static final String FULL = "full";
  public static final String PARTIAL = "partial";
  public static final String NONE = "none";

  private PerformanceResults() {}

  /** What the employer paid: the agreed amount in full, the amount given in part, nothing otherwise. */
  public static BigDecimal paid(String result, BigDecimal agreed, BigDecimal partlyPaid) {
    return switch (result == null ? "" : result) {
      case FULL -> agreed;
      case PARTIAL -> partlyPaid;
      default -> BigDecimal.ZERO.setScale(2);
    };
  }
}
