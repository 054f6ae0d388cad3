package cn.onedoor.process;

import static cn.onedoor.process.LaborDisputeCaseTests.CLERK;
import static cn.onedoor.process.LaborDisputeCaseTests.UNION_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.support.CallContracts;
import cn.onedoor.support.CaseProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** ArbitrationReferral: hand-off, 5 days to accept (LDMAL art. 29), 45 + 15 days to award (art. 43). */
class ArbitrationReferralTests extends CaseProcessTest {


  @Test
  void noAcceptanceDecisionWithinFiveDaysLeadsToTheCourt() {
    ProcessInstance kase = caseHandedToArbitrationOn(LocalDate.of(2026, 9, 28));
    // 28 September + 5 days = 3 October, a holiday: the period ends on Thursday 8 October
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AcceptancePeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 10, 8, 23, 59, 59));
    driver.today(LocalDate.of(2026, 10, 9));
    driver.executeJob(kase, "TimerEvent_AcceptancePeriodExpired");

    assertThat(driver.variable(kase, "arbitrationOutcome")).isEqualTo("no_decision");
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_LitigationReferral");
  }

  @Test
  void awardPeriodIsFortyFiveDaysAndMayBeExtendedOnceByFifteen() {
    ProcessInstance kase = caseHandedToArbitrationOn(LocalDate.of(2026, 9, 28));
    driver.message(kase, "ArbitrationAccepted", "arbitrationAcceptedDate", "2026-10-09");
    // 9 October + 45 days = Monday 23 November
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AwardPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 11, 23, 23, 59, 59));

    driver.message(kase, "AwardPeriodExtended");
    // on from the 45-day end: 23 November + 15 days = Tuesday 8 December (equal to 9 October + 60 here only because
    // 23 November is a working day; see awardExtensionRunsOnFromTheRolledFortyFiveDayEnd)
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AwardPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 12, 8, 23, 59, 59));
    driver.message(kase, "AwardPeriodExtended");
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AwardPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 12, 8, 23, 59, 59));

    driver.today(LocalDate.of(2026, 12, 9));
    driver.executeJob(kase, "TimerEvent_AwardPeriodExpired");
    assertThat(driver.variable(kase, "arbitrationOutcome")).isEqualTo("no_award");
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_LitigationReferral");
  }

  /**
   * LDMAL art. 43 around National Day: accepted 17 August, 45 days end on 1 October, a holiday, so on Thursday
   * 8 October; the chairman's extension may reach 8 October + 15 = Friday 23 October (acceptance + 60 rolled gave
   * 16 October before). The commission's notified date is taken; 24 October is beyond the maximum and refused.
   */
  @Test
  void awardExtensionRunsOnFromTheRolledFortyFiveDayEnd() {
    ProcessInstance kase = caseAcceptedByArbitrationOn(LocalDate.of(2026, 8, 17));
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AwardPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 10, 8, 23, 59, 59));

    assertThatThrownBy(() -> driver.message(kase, "AwardPeriodExtended", "awardExtendedUntil", "2026-10-24"))
        .hasMessageContaining("超过法定最长期限 2026-10-23");
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AwardPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 10, 8, 23, 59, 59));

    driver.message(kase, "AwardPeriodExtended", "awardExtendedUntil", "2026-10-23");
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AwardPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 10, 23, 23, 59, 59));
  }

  @Test
  void awardExtensionWithoutANotifiedDateGoesToTheLegalMaximum() {
    ProcessInstance kase = caseAcceptedByArbitrationOn(LocalDate.of(2026, 8, 17));
    driver.message(kase, "AwardPeriodExtended");
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AwardPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 10, 23, 23, 59, 59));
  }

  /** Received Monday 3 August 2026, mediation failed, handed over on 10 August, accepted on {@code accepted}. */
  private ProcessInstance caseAcceptedByArbitrationOn(LocalDate accepted) {
    driver.today(LocalDate.of(2026, 8, 3));
    ProcessInstance kase = driver.failedMediation("knownDate", "2026-07-31");
    driver.today(LocalDate.of(2026, 8, 10));
    driver.executeJob(kase, "Task_HandOverToArbitration");
    driver.today(accepted);
    driver.message(kase, "ArbitrationAccepted", "arbitrationAcceptedDate", accepted.toString());
    return kase;
  }

  @Test
  void retriedHandOverFilesTheCaseOnce() {
    ProcessInstance kase = driver.failedMediation();
    driver.executeJob(kase, "Task_HandOverToArbitration");
    String caseNumber = driver.businessKey(kase);
    // the commission's side honours the idempotency key: filing again with it changes nothing
    String key = jdbc.queryForObject("select idempotency_key from handoff where case_number = ?", String.class, caseNumber);
    assertThat(key).startsWith("arbitration-referral:");
    assertThat(records.count("select count(*) from handoff where idempotency_key = ?", key)).isOne();
  }

  private ProcessInstance caseHandedToArbitrationOn(LocalDate day) {
    ProcessInstance kase = driver.failedMediation();
    driver.today(day);
    driver.executeJob(kase, "Task_HandOverToArbitration");
    assertThat(records.noticeTemplates(driver.businessKey(kase))).contains("referred_to_arbitration");
    return kase;
  }


  /**
   * The contract on its own: ArbitrationReferral started directly with the case's business key and
   * only its inputs files the case with the commission and returns the award as its one output.
   */
  @Test
  void referralStartedWithOnlyItsContractInputsFilesTheCaseAndReturnsTheAward() {
    ProcessInstance referral = driver.referralAfterFailedMediation(ProcessKeys.ARBITRATION_REFERRAL);
    String caseNumber = referral.getBusinessKey();

    driver.executeJob(referral, "Task_HandOverToArbitration");
    JsonNode file = records.received("arbitration", caseNumber).get(0).path("caseFile");
    assertThat(file.path("mediation").path("outcome").asText()).isEqualTo("no_agreement");
    assertThat(file.path("claims").path("description").asText()).isEqualTo("拖欠2026年8月至10月工资");
    assertThat(file.path("claims").path("knownDate").asText()).isEqualTo("2026-08-31");
    assertThat(records.noticeTemplates(caseNumber)).contains("referred_to_arbitration");
    driver.message(referral, "ArbitrationAccepted", "arbitrationAcceptedDate", "2026-09-22");
    driver.message(referral, "AwardIssued", "awardDate", "2026-10-30");

    BpmnAwareTests.assertThat(referral).isEnded().hasPassed("EndEvent_AwardReceived");
    assertThat(CallContracts.ofModel().get(ProcessKeys.ARBITRATION_REFERRAL).outputs()).containsExactly("arbitrationOutcome", "awardDate");
    assertThat(driver.variable(referral, "arbitrationOutcome")).isEqualTo("award_received");
    assertThat(driver.variable(referral, "awardDate")).isEqualTo("2026-10-30");
  }
}
