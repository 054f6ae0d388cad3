package cn.onedoor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.onedoor.support.CaseFixtures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
