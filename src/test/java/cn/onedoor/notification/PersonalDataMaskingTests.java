package cn.onedoor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskingTests {

  @Test
  void masksIdentityAndMobileNumbersLeftInFreeText() {
    assertThat(PersonalDataMasking.scrub("申请人身份证110101199003078515，电话13800138000，请回电。"))
        .isEqualTo("申请人身份证1101**********8515，电话138****8000，请回电。");
    assertThat(PersonalDataMasking.scrub("身份证号 11010119900307851X")).isEqualTo("身份证号 1101**********851X");
  }

  @Test
  void leavesAmountsDatesAndCaseNumbersAlone() {
    String text = "案号吉劳调〔2026〕0001号，协议金额12000.00元，调解期限至2026-10-08，统一社会信用代码91360802MA35L0JX7X。";
    assertThat(PersonalDataMasking.scrub(text)).isEqualTo(text);
    assertThat(PersonalDataMasking.scrub("编号 123456789012345678901")).isEqualTo("编号 123456789012345678901");
  }
}
