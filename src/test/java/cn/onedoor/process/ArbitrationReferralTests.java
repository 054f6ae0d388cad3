package cn.onedoor.process;

import static cn.onedoor.process.LaborDisputeCaseTests.CLERK;
import static cn.onedoor.process.LaborDisputeCaseTests.UNION_POOL;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
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
    // 9 October + 60 days = Tuesday 8 December
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AwardPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 12, 8, 23, 59, 59));
    driver.message(kase, "AwardPeriodExtended");
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_AwardPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 12, 8, 23, 59, 59));

    driver.today(LocalDate.of(2026, 12, 9));
    driver.executeJob(kase, "TimerEvent_AwardPeriodExpired");
    assertThat(driver.variable(kase, "arbitrationOutcome")).isEqualTo("no_award");
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_LitigationReferral");
  }

  @Test
  void retriedHandOverFilesTheCaseOnce() {
    ProcessInstance kase = failedMediation();
    driver.executeJob(kase, "Task_HandOverToArbitration");
    String caseNumber = driver.businessKey(kase);
    // the commission's side honours the idempotency key: filing again with it changes nothing
    String key = jdbc.queryForObject("select idempotency_key from handoff where case_number = ?", String.class, caseNumber);
    assertThat(key).startsWith("arbitration-referral:");
    assertThat(records.count("select count(*) from handoff where idempotency_key = ?", key)).isOne();
  }

  private ProcessInstance caseHandedToArbitrationOn(LocalDate day) {
    ProcessInstance kase = failedMediation();
    driver.today(day);
    driver.executeJob(kase, "Task_HandOverToArbitration");
    assertThat(records.noticeTemplates(driver.businessKey(kase))).contains("referred_to_arbitration");
    return kase;
  }

  private ProcessInstance failedMediation() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true, "eligibilityDecision", "accepted");
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "调解不成，双方差距较大", "sessionResult", "no_agreement");
    return kase;
  }
}
