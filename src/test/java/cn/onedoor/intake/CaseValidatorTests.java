package cn.onedoor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.onedoor.api.FieldError;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.support.CaseFixtures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseValidatorTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void aCompleteWalkInApplicationIsAccepted() {
    CaseApplication application = CaseValidator.validate(CaseFixtures.walkInCase(), TODAY);
    assertThat(application.claimAmount()).isEqualByComparingTo("12800.00");
    assertThat(application.receivedDate()).isEqualTo(TODAY);
    assertThat(application.workerCount()).isEqualTo(1);
  }

  @Test
  void everyProblemIsReportedAtOnceInChinese() {
    Map<String, Object> raw = new HashMap<>(CaseFixtures.walkInCase());
    raw.put("applicantIdNumber", "110101199003078514");
    raw.put("employerCreditCode", "91360802MA35L0JX7D");
    raw.put("claimAmount", "-5");
    raw.put("knownDate", "2026-12-01");
    raw.remove("applicantName");

    CaseValidationException e = catchThrowableOfType(CaseValidationException.class, () -> CaseValidator.validate(raw, TODAY));

    assertThat(e.errors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("applicantIdNumber", "employerCreditCode", "claimAmount", "knownDate", "applicantName");
    assertThat(e.getMessage()).contains("校验码", "不得晚于今天", "请填写申请人姓名");
  }

  @Test
  void courtEntrustedCasesNeedTheCourtsDeadline() {
    Map<String, Object> raw = new HashMap<>(CaseFixtures.walkInCase());
    raw.put("channel", "court_entrusted");
    CaseValidationException e = catchThrowableOfType(CaseValidationException.class, () -> CaseValidator.validate(raw, TODAY));
    assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("courtCaseNumber", "entrustmentDeadline");

    raw.put("courtCaseNumber", "（2026）赣0802诉前调1234号");
    raw.put("entrustmentDeadline", "2026-12-28");
    assertThat(CaseValidator.validate(raw, TODAY).entrustmentDeadline()).isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void workerCountMustBeAPositiveWholeNumber() {
    Map<String, Object> raw = new HashMap<>(CaseFixtures.walkInCase());
    raw.put("workerCount", 0);
    assertThat(catchThrowableOfType(CaseValidationException.class, () -> CaseValidator.validate(raw, TODAY)).errors())
        .extracting(FieldError::field).containsExactly("workerCount");
    raw.put("workerCount", 12L);
    assertThat(CaseValidator.validate(raw, TODAY).workerCount()).isEqualTo(12);
  }

  // --- lengths: the smaller of the form's maxLength and the column ---

  @Test
  void employerNameTakesOneHundredCharactersNotOneHundredAndOne() {
    assertAccepted("employerName", "企".repeat(100));
    assertRefused("employerName", "企".repeat(101), "最多100个字符");
  }

  @Test
  void applicantNameTakesFiftyCharactersAsTheFormDoes() {
    assertAccepted("applicantName", "赵".repeat(50));
    assertRefused("applicantName", "赵".repeat(51), "最多50个字符");
    assertRefused("applicantName", "赵", "至少2个字符");
  }

  @Test
  void claimDescriptionTakesFourThousandCharacters() {
    assertAccepted("claimDescription", "欠".repeat(4000));
    assertRefused("claimDescription", "欠".repeat(4001), "最多4000个字符");
    assertAccepted("claimDescription", "拖欠工资\n共三个月\t合计12800元");
    assertRefused("claimDescription", "拖欠工资\u0007共三个月", "控制字符");
  }

  @Test
  void courtCaseNumberFitsItsColumnOfSixtyFourCharacters() {
    Map<String, Object> raw = courtEntrusted();
    raw.put("courtCaseNumber", "号".repeat(64));
    assertThat(CaseValidator.validate(raw, TODAY).courtCaseNumber()).hasSize(64);
    raw.put("courtCaseNumber", "号".repeat(65));
    assertThat(refusal(raw)).extracting(FieldError::field).containsExactly("courtCaseNumber");
  }

  @ParameterizedTest
  @ValueSource(strings = {"赵\u0000小红", "赵小\n红", "赵\t小红", "赵小\u202E红", "赵\u200B小红", "赵\u001B[31m小红"})
  void namesWithControlOrInvisibleCharactersAreRefused(String name) {
    assertRefused("applicantName", name, "控制字符");
    assertRefused("employerName", name + "有限公司", "控制字符");
  }

  @Test
  void aNameIsWordsNotOnlyDigits() {
    assertRefused("applicantName", "12345", "应为文字");
    assertAccepted("applicantName", "买买提·艾力");
    assertAccepted("applicantName", "<script>alert(1)</script>");   // text like any other; escaped wherever shown
  }

  // --- dates in a plausible window ---

  @Test
  void receivedDateFloorIsTheDayTheLawTookEffect() {
    assertThat(validate("receivedDate", "2008-05-01").receivedDate()).isEqualTo(LocalDate.of(2008, 5, 1));
    assertRefused("receivedDate", "2008-04-30", "不得早于2008-05-01");
    assertRefused("receivedDate", "1900-01-01", "不得早于2008-05-01");
  }

  @Test
  void receivedDateFloorIsConfigurable() {
    Map<String, Object> raw = fixture("receivedDate", "2019-12-31");
    IntakeLimits limits = new IntakeLimits(LocalDate.of(2020, 1, 1));
    assertThat(catchThrowableOfType(CaseValidationException.class, () -> CaseValidator.validate(raw, TODAY, limits)).errors())
        .extracting(FieldError::message).containsExactly("收到申请日期不得早于2020-01-01");
    raw.put("receivedDate", "2020-01-01");
    assertThat(CaseValidator.validate(raw, TODAY, limits).receivedDate()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void receivedDateIsTodayAtTheLatest() {
    assertThat(validate("receivedDate", TODAY.toString()).receivedDate()).isEqualTo(TODAY);
    assertRefused("receivedDate", TODAY.plusDays(1).toString(), "不得晚于今天");
  }

  @Test
  void knownAndEmploymentEndDatesLieBetween1950AndToday() {
    for (String field : List.of("knownDate", "employmentEndDate")) {
      assertThat(validate(field, "1950-01-01")).isNotNull();
      assertRefused(field, "1949-12-31", "不得早于1950-01-01");
      assertThat(validate(field, TODAY.toString())).isNotNull();
      assertRefused(field, TODAY.plusDays(1).toString(), "不得晚于今天");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2026-11-05xxxxxxxxxxxxxxxx", "05.11.2026", "2026-11-5", "今天"})
  void datesThatAreNotRealDatesAreRefused(String date) {
    assertRefused("knownDate", date, "格式无效");
  }

  @Test
  void aDatetimeFieldsDateCounts() {
    assertThat(validate("knownDate", "2026-11-05T00:00:00+08:00").knownDate()).isEqualTo(LocalDate.of(2026, 11, 5));
  }

  @Test
  void entrustmentDeadlineLiesWithinAYearOfReceipt() {
    Map<String, Object> raw = courtEntrusted();
    raw.put("entrustmentDeadline", TODAY.plusYears(1).toString());
    assertThat(CaseValidator.validate(raw, TODAY).entrustmentDeadline()).isEqualTo(TODAY.plusYears(1));
    raw.put("entrustmentDeadline", TODAY.plusYears(1).plusDays(1).toString());
    assertThat(refusal(raw)).extracting(FieldError::field).containsExactly("entrustmentDeadline");
  }

  // --- the worker's age from the identity number ---

  @Test
  void aWorkerIsSixteenAtReceiptNotFifteen() {
    assertAccepted("applicantIdNumber", idBornOn(TODAY.minusYears(16)));
    assertRefused("applicantIdNumber", idBornOn(TODAY.minusYears(16).plusDays(1)), "未满16周岁");
  }

  @Test
  void ageCountsAtTheReceivedDate() {
    Map<String, Object> raw = fixture("applicantIdNumber", idBornOn(LocalDate.of(2000, 6, 1)));
    raw.put("receivedDate", "2016-05-31");
    assertThat(refusal(raw)).extracting(FieldError::message).singleElement().asString().contains("未满16周岁");
    raw.put("receivedDate", "2016-06-01");
    assertThat(CaseValidator.validate(raw, TODAY).receivedDate()).isEqualTo(LocalDate.of(2016, 6, 1));
  }

  @Test
  void aWorkerIsAHundredAtMostNotAHundredAndOne() {
    assertAccepted("applicantIdNumber", idBornOn(TODAY.minusYears(101).plusDays(1)));
    assertRefused("applicantIdNumber", idBornOn(TODAY.minusYears(101)), "超过100周岁");
  }

  @Test
  void aBirthDateInTheFutureIsRefused() {
    assertRefused("applicantIdNumber", idBornOn(LocalDate.of(2030, 1, 1)), "晚于今天");
    assertRefused("applicantIdNumber", idBornOn(TODAY.plusDays(1)), "晚于今天");
  }

  // --- numbers ---

  @Test
  void workerCountRunsFromOneToAHundredThousand() {
    assertThat(validate("workerCount", 100_000L).workerCount()).isEqualTo(100_000);
    assertRefused("workerCount", 100_001L, "1至100000之间的整数");
    assertRefused("workerCount", 1_000_000_000L, "1至100000之间的整数");
    assertRefused("workerCount", 0L, "1至100000之间的整数");
    assertRefused("workerCount", "1e999999", "1至100000之间的整数");
  }

  @Test
  void claimAmountHasTwelveIntegerDigitsAtMost() {
    assertThat(validate("claimAmount", "999999999999.99").claimAmount()).isEqualByComparingTo("999999999999.99");
    assertRefused("claimAmount", "1000000000000", "整数部分最多12位");
    assertRefused("claimAmount", "999999999999999", "整数部分最多12位");
    assertRefused("claimAmount", "-1", "不得为负数");
  }

  // --- the read-back (LDMAL art. 12) ---

  @ParameterizedTest
  @ValueSource(strings = {"window", "phone", "union_referral", "hr_referral"})
  void applicationsTheClerkWritesDownNeedTheReadBack(String channel) {
    Map<String, Object> raw = fixture("channel", channel);
    raw.remove("applicationReadBack");
    assertThat(refusal(raw)).extracting(FieldError::field).containsExactly("applicationReadBack");
    raw.put("applicationReadBack", false);
    assertThat(refusal(raw)).extracting(FieldError::message).singleElement().asString().contains("第十二条");
    raw.put("applicationReadBack", "true");
    assertThat(CaseValidator.validate(raw, TODAY).channel()).isEqualTo(channel);
  }

  @ParameterizedTest
  @ValueSource(strings = {"online", "consultation"})
  void writtenApplicationsNeedNoReadBack(String channel) {
    Map<String, Object> raw = fixture("channel", channel);
    raw.remove("applicationReadBack");
    assertThat(CaseValidator.validate(raw, TODAY).channel()).isEqualTo(channel);
  }

  @Test
  void courtEntrustedApplicationsNeedNoReadBack() {
    Map<String, Object> raw = courtEntrusted();
    raw.remove("applicationReadBack");
    assertThat(CaseValidator.validate(raw, TODAY).channel()).isEqualTo("court_entrusted");
  }

  @Test
  void anUnknownChannelIsRefusedWithoutEchoingIt() {
    List<FieldError> errors = refusal(fixture("channel", "x".repeat(5000)));
    assertThat(errors).extracting(FieldError::field).containsExactly("channel");
    assertThat(errors.get(0).message()).doesNotContain("xxx").contains("window");
  }

  // --- helpers ---

  private static String idBornOn(LocalDate birth) {
    String first17 = "110101" + birth.toString().replace("-", "") + "123";
    return first17 + IdentityNumbers.checkCharacter(first17);
  }

  private static Map<String, Object> fixture(String field, Object value) {
    Map<String, Object> raw = new HashMap<>(CaseFixtures.walkInCase());
    raw.put(field, value);
    return raw;
  }

  private static Map<String, Object> courtEntrusted() {
    Map<String, Object> raw = fixture("channel", "court_entrusted");
    raw.put("courtCaseNumber", "（2026）赣0802诉前调1234号");
    raw.put("entrustmentDeadline", "2026-12-28");
    return raw;
  }

  private static CaseApplication validate(String field, Object value) {
    return CaseValidator.validate(fixture(field, value), TODAY);
  }

  private static void assertAccepted(String field, String value) {
    assertThat(validate(field, value)).as("%s accepted", field).isNotNull();
  }

  private static List<FieldError> refusal(Map<String, Object> raw) {
    CaseValidationException e = catchThrowableOfType(CaseValidationException.class, () -> CaseValidator.validate(raw, TODAY));
    assertThat(e).as("refused").isNotNull();
    return e.errors();
  }

  private static void assertRefused(String field, Object value, String message) {
    List<FieldError> errors = refusal(fixture(field, value));
    assertThat(errors).as("errors for %s", field).extracting(FieldError::field).containsExactly(field);
    assertThat(errors.get(0).message()).contains(message);
  }
}
