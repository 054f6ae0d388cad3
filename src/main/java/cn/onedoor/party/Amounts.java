package cn.onedoor.party;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan as text with at most two decimals, never floating point. */
public final class Amounts {

  private Amounts() {}

  /** Parses {@code "12800"}, {@code "12800.5"}, {@code "12800.50"}; null when it is not such an amount. */
  public static BigDecimal parse(String value) {
    if (value == null || !value.trim().matches("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?")) {
      return null;
    }
    return new BigDecimal(value.trim()).setScale(2, RoundingMode.UNNECESSARY);
  }

  public static String format(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }
}
