package cn.onedoor.process;

import static cn.onedoor.process.LaborDisputeCaseTests.lower;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * Business dates (issue 13): the register keeps the dates of the facts as the forms and messages
 * give them, not the moment of the click. The clerk enters on Monday 21 September 2026 an
 * application received on Thursday 17 September; the review decided on Friday 18; the parties
 * signed on Saturday 19 and paid on Sunday 20.
 */
class LaborDisputeCaseBusinessDatesTests extends CaseProcessTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 17);
  private static final LocalDate DECIDED = LocalDate.of(2026, 9, 18);
  private static final LocalDate SIGNED = LocalDate.of(2026, 9, 19);
  private static final LocalDate PAID = LocalDate.of(2026, 9, 20);

  @Test
  void aCaseEnteredLateKeepsTheDatesOfItsFacts() {
    ProcessInstance kase = driver.registerThroughApi(CaseDriver.walkIn("receivedDate", RECEIVED.toString()));
    String caseNumber = driver.businessKey(kase);
    // counted from the receipt, not from the entry: 15 days from 17 September end on 2 October, a holiday → 8 October
    assertThat(lower(records.register(caseNumber))).containsEntry("received_on", Date.valueOf(RECEIVED))
        .containsEntry("mediation_deadline", Date.valueOf(LocalDate.of(2026, 10, 8)));

    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true, "decisionDate", DECIDED.toString());
    assertThat(lower(records.register(caseNumber))).containsEntry("accepted_on", Date.valueOf(DECIDED));

    mediateToAgreement(kase, "on_the_spot", null);

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_Settled");
    assertThat(driver.calledProcessVariable(kase, "CaseMediation", "agreementDate")).isEqualTo(SIGNED.toString());
    assertThat(lower(records.register(caseNumber))).containsEntry("agreement_on", Date.valueOf(SIGNED))
        .containsEntry("closed_on", Date.valueOf(SIGNED)).containsEntry("outcome", "settled");
  }

  @Test
  void aDeferredAgreementIsDueFromItsSigningAndClosesOnTheDayItWasPerformed() {
    ProcessInstance kase = accepted();
    // due on the 20th: before today, after the signing, so it is accepted and the timer is due at once
    mediateToAgreement(kase, "deferred", PAID.toString());
    assertThat(driver.dueDate(driver.job(kase, "TimerEvent_PerformanceDue"))).isEqualTo(LocalDateTime.of(2026, 9, 20, 23, 59, 59));
    driver.executeJob(kase, "TimerEvent_PerformanceDue");

    assertThatThrownBy(() -> driver.complete(kase, "Task_ConfirmPerformance", "mediator", UNION_POOL,
        "performance", "full", "performedDate", "2026-09-18"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("performedDate").hasMessageContaining("不能早于协议签订日期");
    assertThatThrownBy(() -> driver.complete(kase, "Task_ConfirmPerformance", "mediator", UNION_POOL,
        "performance", "full", "performedDate", "2026-09-22"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("performedDate").hasMessageContaining("不能晚于今天");
    driver.complete(kase, "Task_ConfirmPerformance", "mediator", UNION_POOL, "performance", "full", "performedDate", PAID.toString());

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_SettledAfterDeferredPerformance");
    assertThat(lower(records.register(driver.businessKey(kase)))).containsEntry("agreement_on", Date.valueOf(SIGNED))
        .containsEntry("closed_on", Date.valueOf(PAID));
  }

  @Test
  void aDueDateBeforeTheSigningIsRefusedAtTheField() {
    ProcessInstance kase = accepted();
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-21T14:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方达成一致意见", "sessionResult", "agreement");

    assertThatThrownBy(() -> driver.complete(kase, "Task_DraftAgreement", "mediator", UNION_POOL, agreement("deferred", "2026-09-18")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("performanceDueDate")
        .hasMessageContaining("不能早于协议签订日期（2026-09-19）");
    BpmnAwareTests.assertThat(kase).isActive();
    assertThat(driver.task(kase, "Task_DraftAgreement")).isNotNull();
  }

  @Test
  void aDecisionCannotPrecedeTheReceiptNorFollowToday() {
    ProcessInstance kase = driver.registerThroughApi(CaseDriver.walkIn("receivedDate", RECEIVED.toString()));
    for (String day : List.of("2026-09-16", "2026-09-22")) {
      assertThatThrownBy(() -> driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
          "inScope", true, "employerConsents", true, "decisionDate", day))
          .as(day).isInstanceOf(BadUserRequestException.class).hasMessageContaining("decisionDate");
    }
    // the first and the last allowed day
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true, "decisionDate", RECEIVED.toString());
    assertThat(lower(records.register(driver.businessKey(kase)))).containsEntry("accepted_on", Date.valueOf(RECEIVED));
  }

  @Test
  void aRefusalClosesTheCaseOnTheDayOfTheDecision() {
    ProcessInstance kase = driver.registerThroughApi(CaseDriver.walkIn("receivedDate", RECEIVED.toString()));
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", false,
        "rejectionReason", "属于劳务关系，不属于劳动争议受案范围", "decisionDate", DECIDED.toString());

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_NotAccepted");
    assertThat(lower(records.register(driver.businessKey(kase)))).containsEntry("closed_on", Date.valueOf(DECIDED));
  }

  @Test
  void theLimitationIsJudgedOnTheDayTheApplicationWasReceived() {
    // known on 10 September 2025: the year ends on 10 September 2026, after the receipt (8 September) and before the entry (21 September)
    ProcessInstance kase = driver.registerThroughApi(CaseDriver.walkIn(
        "receivedDate", "2026-09-08", "knownDate", "2025-09-10", "disputeType", "dismissal"));
    Map<String, Object> row = lower(records.register(driver.businessKey(kase)));
    assertThat(row.get("limitation_status")).isNotEqualTo("EXPIRED");
    assertThat(row).containsEntry("limitation_expiry", Date.valueOf(LocalDate.of(2026, 9, 10)));
  }

  @Test
  void anAwardClosesTheCaseOnTheAwardsDate() {
    ProcessInstance kase = failedMediation();
    driver.message(kase, "ArbitrationAccepted", "arbitrationAcceptedDate", "2026-09-28");
    driver.today(LocalDate.of(2026, 11, 4)); // the award of 2 November reaches the centre on the 4th
    driver.message(kase, "AwardIssued", "awardDate", "2026-11-02");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_AwardReceived");
    assertThat(lower(records.register(driver.businessKey(kase)))).containsEntry("closed_on", Date.valueOf(LocalDate.of(2026, 11, 2)));
  }

  @Test
  void aReferralToCourtClosesOnTheDayTheCourtSignedForTheFile() {
    ProcessInstance kase = failedMediation();
    driver.message(kase, "ArbitrationRejected");
    driver.executeJob(kase, "Task_HandOverToCourt");
    driver.today(LocalDate.of(2026, 10, 14));
    driver.message(kase, "CourtReceiptConfirmed", "courtReceiptDate", "2026-10-12");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_ReferredToCourt");
    assertThat(lower(records.register(driver.businessKey(kase)))).containsEntry("closed_on", Date.valueOf(LocalDate.of(2026, 10, 12)));
  }

  private ProcessInstance failedMediation() {
    ProcessInstance kase = accepted();
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-21T14:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "被申请人拒绝", "sessionResult", "no_agreement");
    driver.executeJob(kase, "Task_HandOverToArbitration");
    return kase;
  }

  private ProcessInstance accepted() {
    ProcessInstance kase = driver.registerThroughApi(CaseDriver.walkIn("receivedDate", RECEIVED.toString()));
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true, "decisionDate", DECIDED.toString());
    return kase;
  }

  private void mediateToAgreement(ProcessInstance kase, String performanceMode, String dueDate) {
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-21T14:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方达成一致意见", "sessionResult", "agreement");
    driver.complete(kase, "Task_DraftAgreement", "mediator", UNION_POOL, agreement(performanceMode, dueDate));
  }

  private static Object[] agreement(String performanceMode, String dueDate) {
    List<Object> values = new java.util.ArrayList<>(List.of("agreedAmount", "12000.00", "agreementItems", "被申请人支付工资12000元",
        "agreementPays", List.of("labour_remuneration"), "performanceMode", performanceMode, "confirmationType", "none",
        "agreementDate", SIGNED.toString()));
    if (dueDate != null) {
      values.addAll(List.of("performanceDueDate", dueDate));
    }
    return values.toArray();
  }
}
