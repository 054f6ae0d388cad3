package cn.onedoor.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The storage rules of the typed accessors (docs/case-process.md, "Variable types"), without an engine. */
class ProcessVariablesTests {

  @ParameterizedTest
  @ValueSource(strings = {"0.00", "0.01", "0.10", "0.30", "12800.00", "12800.50", "199999.99", "200000.00",
      "123456789012.34", "999999999999.99", "999999999999.98", "1.05", "4.35"})
  void anAmountStoredAsADoubleReadsBackExactly(String amount) {
    BigDecimal yuan = new BigDecimal(amount);
    assertThat(ProcessVariables.parseAmount(ProcessVariables.storedAmount(yuan))).isEqualTo(yuan.setScale(2));
  }

  @Test
  void everyAmountOfTwelveIntegerDigitsAndTwoDecimalsReadsBackExactly() {
    Random random = new Random(20261201);
    for (int i = 0; i < 200_000; i++) {
      BigDecimal yuan = BigDecimal.valueOf(Math.floorMod(random.nextLong(), 100_000_000_000_000L), 2);
      assertThat(ProcessVariables.parseAmount(ProcessVariables.storedAmount(yuan))).as("%s", yuan).isEqualTo(yuan);
    }
  }

  @Test
  void anAmountWithFenFractionsOrBeyondTheColumnIsNotStored() {
    assertThatThrownBy(() -> ProcessVariables.storedAmount(new BigDecimal("12800.005"))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> ProcessVariables.storedAmount(new BigDecimal("1000000000000.00"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProcessVariables.storedAmount(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTextOfAFormOrOfAnOlderCaseIsReadAsAnAmountAndAnythingElseIsNot() {
    assertThat(ProcessVariables.parseAmount("12800")).isEqualTo(new BigDecimal("12800.00"));
    assertThat(ProcessVariables.parseAmount(" 12800.5 ")).isEqualTo(new BigDecimal("12800.50"));
    assertThat(ProcessVariables.parseAmount(12800L)).isEqualTo(new BigDecimal("12800.00"));
    assertThat(ProcessVariables.parseAmount("1e5")).isNull();
    assertThat(ProcessVariables.parseAmount("-5")).isNull();
    assertThat(ProcessVariables.parseAmount("12800.001")).isNull();
    assertThat(ProcessVariables.parseAmount("")).isNull();
    assertThat(ProcessVariables.parseAmount(null)).isNull();
  }

  @Test
  void aListIsStoredAsJsonAndReadBackAsStrings() {
    Object stored = ProcessVariables.storedList(List.of("吉劳调〔2026〕0002号", "吉劳调〔2026〕0001号"));
    assertThat(stored).isInstanceOf(JsonValue.class);
    assertThat(ProcessVariables.parseList(((JsonValue) stored).getValue()))
        .containsExactly("吉劳调〔2026〕0002号", "吉劳调〔2026〕0001号");
    assertThat(ProcessVariables.parseList(((JsonValue) ProcessVariables.storedList(List.of())).getValue())).isEmpty();
    assertThat(ProcessVariables.parseList(List.of("a", "b"))).containsExactly("a", "b");
  }

  @Test
  void theJoinedTextOfAnOlderCaseIsReadAsAList() {
    assertThat(ProcessVariables.parseList("吉劳调〔2026〕0002号、吉劳调〔2026〕0001号"))
        .containsExactly("吉劳调〔2026〕0002号", "吉劳调〔2026〕0001号");
    assertThat(ProcessVariables.parseList("")).isEmpty();
    assertThat(ProcessVariables.parseList(null)).isEmpty();
  }

  @Test
  void aDateIsStoredAsItsIsoDayAndReadFromADayOrADatetime() {
    assertThat(ProcessVariables.storedDate(LocalDate.of(2026, 11, 5))).isEqualTo("2026-11-05");
    assertThat(ProcessVariables.storedDate(null)).isNull();
    assertThat(ProcessVariables.parseDate("2026-11-05")).isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(ProcessVariables.parseDate("2026-11-05T00:00:00+08:00")).isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(ProcessVariables.parseDate(LocalDate.of(2026, 11, 5))).isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(ProcessVariables.parseDate(" ")).isNull();
  }
}
