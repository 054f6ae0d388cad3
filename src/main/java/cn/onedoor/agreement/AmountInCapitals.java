package cn.onedoor.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in yuan in Chinese capital numerals (中文大写金额), as written on agreements and bank
 * forms so that no digit can be altered: {@code 12000.50} → {@code 壹万贰仟元伍角整}.
 *
 * <p>The rules are those for filling in payment instruments (正确填写票据和结算凭证的基本规定):
 * 拾 always carries its digit (壹拾, never 拾); one 零 stands for a run of zeros inside the number,
 * also where the run ends a 万 or 亿 group (107000.53 → 壹拾万零柒仟元伍角叁分, the rules' own
 * example); zeros at the end of the number are not written; 整 follows 元 or 角 and never 分; 元 is
 * followed by 零 only when 角 is 0 and 分 is not. Amounts run up to 9999 9999 9999.99 (千亿).
 */
public final class AmountInCapitals {

  private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
  private static final String[] PLACES = {"", "拾", "佰", "仟"};
  private static final String[] GROUPS = {"", "万", "亿"};
  private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

  private AmountInCapitals() {}

  /** The capitals without the currency word: {@code 壹万贰仟元整}; callers write 人民币 before it. */
  public static String of(BigDecimal amount) {
    if (amount == null || amount.signum() < 0 || amount.compareTo(LIMIT) >= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("Amount must be from 0 to 999999999999.99 yuan in whole fen: " + amount);
    }
    long fen = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    long yuan = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int cents = (int) (fen % 10);

    StringBuilder out = new StringBuilder(yuan(yuan));
    if (yuan > 0 || (jiao == 0 && cents == 0)) {
      out.append(yuan == 0 ? "零元" : "元");
    }
    if (jiao == 0 && cents == 0) {
      return out.append('整').toString();
    }
    if (jiao == 0) {
      return out.append(yuan > 0 ? "零" : "").append(DIGITS[cents]).append('分').toString();
    }
    out.append(DIGITS[jiao]).append('角');
    return (cents == 0 ? out.append('整') : out.append(DIGITS[cents]).append('分')).toString();
  }

  /** The whole yuan without the unit 元; empty for 0. */
  private static String yuan(long value) {
    String digits = Long.toString(value);
    StringBuilder out = new StringBuilder();
    boolean started = false;
    boolean zeroPending = false;
    boolean groupHasDigit = false;
    for (int i = 0; i < digits.length(); i++) {
      int position = digits.length() - 1 - i;
      int digit = digits.charAt(i) - '0';
      if (digit == 0) {
        zeroPending = started;
      } else {
        if (zeroPending) {
          out.append('零');
          zeroPending = false;
        }
        out.append(DIGITS[digit]).append(PLACES[position % 4]);
        started = true;
        groupHasDigit = true;
      }
      if (position % 4 == 0) {
        if (groupHasDigit) {
          out.append(GROUPS[position / 4]);
        }
        groupHasDigit = false;
      }
    }
    return value == 0 ? "" : out.toString();
  }
}
