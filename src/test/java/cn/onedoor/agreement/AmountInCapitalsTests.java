package cn.onedoor.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountInCapitalsTests {

  /** 1680.32 and 107000.53 are the examples of the rules, in one of the two forms each allows. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0             | 零元整
      0.00          | 零元整
      0.01          | 壹分
      0.10          | 壹角整
      0.55          | 伍角伍分
      1             | 壹元整
      10            | 壹拾元整
      15            | 壹拾伍元整
      100.05        | 壹佰元零伍分
      1680.32       | 壹仟陆佰捌拾元叁角贰分
      1001          | 壹仟零壹元整
      10000         | 壹万元整
      12000         | 壹万贰仟元整
      12000.50      | 壹万贰仟元伍角整
      12800.00      | 壹万贰仟捌佰元整
      100010        | 壹拾万零壹拾元整
      101000        | 壹拾万零壹仟元整
      107000.53     | 壹拾万零柒仟元伍角叁分
      380000.00     | 叁拾捌万元整
      6811100.00    | 陆佰捌拾壹万壹仟壹佰元整
      10000010      | 壹仟万零壹拾元整
      100000000     | 壹亿元整
      100010000     | 壹亿零壹万元整
      100000001     | 壹亿零壹元整
      110000000     | 壹亿壹仟万元整
      1000000000.00 | 壹拾亿元整
      999999999999.99 | 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分
      """)
  void writesAmountsInCapitalNumerals(String amount, String capitals) {
    assertThat(AmountInCapitals.of(new BigDecimal(amount))).isEqualTo(capitals);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "1000000000000", "12.345"})
  void refusesNegativeTooLargeOrFractionsOfAFen(String amount) {
    assertThatIllegalArgumentException().isThrownBy(() -> AmountInCapitals.of(new BigDecimal(amount)));
  }
}
