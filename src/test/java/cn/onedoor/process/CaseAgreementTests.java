package cn.onedoor.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.support.CallContracts;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.SimulatorControl;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CaseAgreement on its own, started directly with the case's business key and exactly the inputs of
 * its contract: one confirmation path for both kinds of confirmation, performance, and the one
 * output {@code agreementOutcome}.
 */
class CaseAgreementTests extends CaseProcessTest {

  @LocalServerPort int port;
  @RegisterExtension SimulatorControl simulator = SimulatorControl.clearedAroundEachTest();

  @Test
  void judicialConfirmationGoesToTheCourtWithItsFormAndThirtyDayPeriodAndSettles() {
    ProcessInstance agreement = agreementOf("on_the_spot", null, "judicial", false);

    Task assist = driver.task(agreement, CaseAgreementElements.TASK_ASSIST_CONFIRMATION);
    assertThat(formOf(assist)).isEqualTo("assist-judicial-confirmation");
    // 21 September + 30 days = Wednesday 21 October
    assertThat(driver.dueDate(assist)).isEqualTo(LocalDateTime.of(2026, 10, 21, 23, 59, 59));
    // what Tasklist asks through /engine-rest as the mediator: the form the path chose, then the submission
    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");
    assertThat(mediator.get("/engine-rest/task/" + assist.getId() + "/form").body()).contains("assist-judicial-confirmation");
    assertThat(mediator.get("/engine-rest/task/" + assist.getId() + "/deployed-form").body()).contains("\"id\": \"assist-judicial-confirmation\"");
    assertThat(mediator.postJson("/engine-rest/task/" + assist.getId() + "/submit-form",
        "{\"variables\":{\"confirmationFiling\":{\"value\":\"apply\"}}}").statusCode()).isEqualTo(204);
    driver.executeJob(agreement, CaseAgreementElements.TASK_APPLY_FOR_CONFIRMATION);

    String caseNumber = agreement.getBusinessKey();
    assertThat(records.received("court", caseNumber)).singleElement()
        .satisfies(filing -> assertThat(filing.path("type").asText()).isEqualTo("judicial_confirmation_application"));
    assertThat(records.received("arbitration", caseNumber)).isEmpty();
    // the path waits for the court's decision, not for the commission's
    assertThatThrownBy(() -> driver.message(agreement, "ArbitrationReviewDecided", "confirmationResult", "confirmed"))
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    driver.message(agreement, "JudicialConfirmationDecided", "confirmationResult", "confirmed");

    BpmnAwareTests.assertThat(agreement).isEnded().hasPassed(CaseAgreementElements.END_EVENT_PERFORMED_ON_THE_SPOT);
    assertThat(driver.variable(agreement, "agreementOutcome")).isEqualTo("settled");
  }

  @Test
  void arbitrationReviewSentBackIsCorrectedAndTheCommissionsDecisionSettles() {
    ProcessInstance agreement = agreementOf("on_the_spot", null, "arbitration_review", false);
    String caseNumber = agreement.getBusinessKey();

    Task assist = driver.task(agreement, CaseAgreementElements.TASK_ASSIST_CONFIRMATION);
    assertThat(formOf(assist)).isEqualTo("assist-arbitration-review");
    // 21 September + 15 days = Tuesday 6 October, National Day: the period ends on Thursday 8 October
    assertThat(driver.dueDate(assist)).isEqualTo(LocalDateTime.of(2026, 10, 8, 23, 59, 59));
    simulator.fault("arbitration", "INVALID_FILE", 1);
    driver.complete(agreement, CaseAgreementElements.TASK_ASSIST_CONFIRMATION, "mediator", UNION_POOL, "confirmationFiling", "apply");
    driver.executeJob(agreement, CaseAgreementElements.TASK_APPLY_FOR_CONFIRMATION);

    // sent back through the explicit join: the same task again, the correction goes with the next filing
    BpmnAwareTests.assertThat(agreement).isWaitingAt(CaseAgreementElements.TASK_ASSIST_CONFIRMATION)
        .hasPassed(CaseAgreementElements.GATEWAY_ASSIST_CONFIRMATION_JOIN);
    driver.complete(agreement, CaseAgreementElements.TASK_ASSIST_CONFIRMATION, "mediator", UNION_POOL,
        "confirmationFiling", "apply", "caseFileCorrection", "已补充双方签字的申请书");
    driver.executeJob(agreement, CaseAgreementElements.TASK_APPLY_FOR_CONFIRMATION);
    assertThat(records.received("arbitration", caseNumber)).singleElement().satisfies(filing -> {
      assertThat(filing.path("type").asText()).isEqualTo("arbitration_review_application");
      assertThat(filing.path("caseFile").path("claims").path("description").asText()).isEqualTo("拖欠2026年8月至10月工资");
      assertThat(filing.path("caseFile").path("corrections").get(0).path("note").asText()).isEqualTo("已补充双方签字的申请书");
    });
    driver.message(agreement, "ArbitrationReviewDecided", "confirmationResult", "rejected");

    BpmnAwareTests.assertThat(agreement).isEnded().hasPassed(CaseAgreementElements.RECEIVE_TASK_CONFIRMATION_DECIDED,
        CaseAgreementElements.END_EVENT_PERFORMED_ON_THE_SPOT);
    assertThat(driver.variable(agreement, "agreementOutcome")).isEqualTo("settled");
  }

  @Test
  void deferredAgreementNotPerformedWithoutAPaymentOrderEndsAsNotPerformed() {
    ProcessInstance agreement = agreementOf("deferred", "2026-10-15", "none", false);
    assertThat(driver.dueDate(driver.job(agreement, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE)))
        .isEqualTo(LocalDateTime.of(2026, 10, 15, 23, 59, 59));
    driver.today(LocalDate.of(2026, 10, 16));
    driver.executeJob(agreement, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    // 3 working days after Thursday 15 October: Friday 16, Monday 19, Tuesday 20
    assertThat(driver.dueDate(driver.task(agreement, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE)))
        .isEqualTo(LocalDateTime.of(2026, 10, 20, 23, 59, 59));
    driver.complete(agreement, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE, "mediator", UNION_POOL, "performed", false);

    BpmnAwareTests.assertThat(agreement).isEnded().hasPassed(CaseAgreementElements.END_EVENT_AGREEMENT_NOT_PERFORMED);
    assertThat(driver.variable(agreement, "agreementOutcome")).isEqualTo("not_performed");
    assertThat(CallContracts.ofModel().get(ProcessKeys.CASE_AGREEMENT).outputs()).containsExactly("agreementOutcome", "performedDate");
  }

  /** A registered walk-in case (union pool) whose mediation ended in an agreement, as the call activity would pass it. */
  private ProcessInstance agreementOf(String performanceMode, String performanceDueDate, String confirmationType, boolean paymentOrder) {
    ProcessInstance registered = driver.registerThroughStartForm(CaseDriver.walkIn());
    Map<String, Object> byHand = new HashMap<>();
    byHand.put("mediatorPool", "mediator-union");
    byHand.put("taskPriority", 50L);
    byHand.put("mediationOutcome", "agreement");
    byHand.put("agreedAmount", "12000");
    byHand.put("agreementItems", "被申请人支付申请人2026年8月至10月工资");
    byHand.put("performanceMode", performanceMode);
    byHand.put("performanceDueDate", performanceDueDate);
    byHand.put("confirmationType", confirmationType);
    byHand.put("agreementDate", MONDAY_BEFORE_NATIONAL_DAY.toString());
    byHand.put("paymentOrderEligible", paymentOrder);
    return driver.startCalledProcess(ProcessKeys.CASE_AGREEMENT, driver.businessKey(registered),
        driver.contractInputs(registered, ProcessKeys.CASE_AGREEMENT, byHand));
  }

  private String formOf(Task task) {
    return engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey();
  }
}
