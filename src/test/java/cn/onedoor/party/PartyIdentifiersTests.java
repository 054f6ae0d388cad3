package cn.onedoor.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyIdentifiersTests {

  @ParameterizedTest(name = "{0} valid={1}")
  @CsvSource({
      "110101199003078515, true",
      "11010519491231002X, true",
      "11010519491231002x, true",
      "110101199003078514, false",   // wrong check digit
      "110101199002308519, false",   // 30 February
      "11010119900307851, false",    // 17 characters
      "010101199003078515, false",   // area code cannot start with 0
  })
  void identityNumbersNeedARealBirthDateAndTheirCheckCharacter(String number, boolean valid) {
    assertThat(IdentityNumbers.isValid(number)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} valid={1}")
  @CsvSource({
      "91360802MA35L0JX7X, true",
      "91110000600037341L, true",
      "91360802MA35L0JX7D, false",   // wrong check character
      "91360802MA35L0JO7X, false",   // O is not in the code's alphabet
      "91360802MA35L0JX7, false",
  })
  void creditCodesNeedTheirMod31CheckCharacter(String code, boolean valid) {
    assertThat(CreditCodes.isValid(code)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} valid={1}")
  @CsvSource({"13800138000, true", "19912345678, true", "12800138000, false", "1380013800, false", "138001380001, false"})
  void mobileNumbersHaveElevenDigitsFromOne(String number, boolean valid) {
    assertThat(MobileNumbers.isValid(number)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"12800, 12800.00", "12800.5, 12800.50", "0.01, 0.01", "-1, ", "1.234, ", "1e3, ", "012, ", "abc, "})
  void amountsAreYuanWithAtMostTwoDecimals(String text, String parsed) {
    assertThat(Amounts.parse(text) == null ? null : Amounts.format(Amounts.parse(text))).isEqualTo(parsed);
  }

  @ParameterizedTest
  @CsvSource({"110101199003078515, 1101**********8515", "11010519491231002x, 1101**********002X"})
  void identityNumbersAreMaskedOutsideTheCase(String number, String masked) {
    assertThat(IdentityNumbers.mask(number)).isEqualTo(masked);
    assertThat(MobileNumbers.mask("13800138000")).isEqualTo("138****8000");
  }
}
