package cn.onedoor.process;

import static cn.onedoor.process.LaborDisputeCaseTests.CLERK;
import static cn.onedoor.process.LaborDisputeCaseTests.UNION_POOL;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CallContracts;
import cn.onedoor.support.CaseProcessTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** LitigationReferral: the court receives the case and confirms; the case closes as referred to court. */
class LitigationReferralTests extends CaseProcessTest {


  @Test
  void caseWaitsForTheCourtsReceiptAndClosesAsReferredToCourt() {
    ProcessInstance kase = driver.acceptedByArbitration();
    driver.today(LocalDate.of(2027, 1, 4));
    driver.executeJob(kase, "TimerEvent_AwardPeriodExpired");

    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_LitigationReferral");
    driver.executeJob(kase, "Task_HandOverToCourt");
    String caseNumber = driver.businessKey(kase);
    assertThat(records.handoffs(caseNumber)).containsExactly("arbitration_referral", "litigation_referral");
    assertThat(lowerStatus(caseNumber)).isEqualTo("litigation");

    driver.message(kase, "CourtReceiptConfirmed", "courtReceiptDate", "2027-01-05", "courtReference", "（2027）赣0802民初15号");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_ReferredToCourt");
    assertThat(driver.variable(kase, "outcome")).isEqualTo("referred_to_court");
    assertThat(records.noticeTemplates(caseNumber)).containsSubsequence("referred_to_court", "case_closed");
  }

  private String lowerStatus(String caseNumber) {
    return LaborDisputeCaseTests.lower(records.register(caseNumber)).get("status").toString();
  }

  /**
   * The contract on its own: LitigationReferral started directly with the case's business key and
   * only its inputs sends the case file to the court and ends on the court's receipt; it returns
   * the receipt's date (the case ends when it does, on that day).
   */
  @Test
  void referralStartedWithOnlyItsContractInputsSendsTheFileAndEndsOnTheCourtsReceipt() {
    ProcessInstance referral = driver.referralAfterFailedMediation(ProcessKeys.LITIGATION_REFERRAL);
    String caseNumber = referral.getBusinessKey();

    driver.executeJob(referral, "Task_HandOverToCourt");
    JsonNode file = records.received("court", caseNumber).get(0).path("caseFile");
    assertThat(file.path("purpose").asText()).isEqualTo("litigation_referral");
    assertThat(file.path("mediation").path("outcome").asText()).isEqualTo("no_agreement");
    assertThat(file.path("claims").path("description").asText()).isEqualTo("拖欠2026年8月至10月工资");
    driver.message(referral, "CourtReceiptConfirmed", "courtReceiptDate", "2026-09-22");

    BpmnAwareTests.assertThat(referral).isEnded().hasPassed("Task_NotifyReferredToCourt", "EndEvent_CourtReceived");
    assertThat(records.noticeTemplates(caseNumber)).contains("referred_to_court");
    assertThat(CallContracts.ofModel().get(ProcessKeys.LITIGATION_REFERRAL).outputs()).containsExactly("courtReceiptDate");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
        .variableName("courtReceiptDate").singleResult().getValue()).isEqualTo("2026-09-22");
  }
}
