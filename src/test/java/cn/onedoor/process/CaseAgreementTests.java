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
    driver.complete(agreement, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE, "mediator", UNION_POOL, "performance", "none");

    BpmnAwareTests.assertThat(agreement).isEnded().hasPassed(CaseAgreementElements.END_EVENT_AGREEMENT_NOT_PERFORMED);
    assertThat(driver.variable(agreement, "agreementOutcome")).isEqualTo("not_performed");
    assertThat(CallContracts.ofModel().get(ProcessKeys.CASE_AGREEMENT).outputs()).containsExactly("agreementOutcome", "performedDate");
  }

  /** Issue 14 item 6: partly performed; the paid part is recorded, the unpaid rest goes the non-performance path (here the payment order). */
  @Test
  void partlyPerformedRecordsWhatWasPaidAndTakesTheUnpaidRestToThePaymentOrder() {
    ProcessInstance agreement = agreementOf("deferred", "2026-10-15", "none", true);
    driver.today(LocalDate.of(2026, 10, 16));
    driver.executeJob(agreement, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    Task confirm = driver.task(agreement, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE);
    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");
    String url = "/engine-rest/task/" + confirm.getId() + "/submit-form";
    // hostile: nothing paid, all paid, more than agreed, text, a negative amount, an amount without "partly", partly without one
    for (String[] bad : new String[][] {
        {"\"performance\":{\"value\":\"partial\"},\"performedAmount\":{\"value\":\"0\"}", "已履行金额应大于 0"},
        {"\"performance\":{\"value\":\"partial\"},\"performedAmount\":{\"value\":\"12000\"}", "已履行金额应小于协议金额"},
        {"\"performance\":{\"value\":\"partial\"},\"performedAmount\":{\"value\":\"12000.01\"}", "已履行金额应小于协议金额"},
        {"\"performance\":{\"value\":\"partial\"},\"performedAmount\":{\"value\":\"五千\"}", "格式不正确"},
        {"\"performance\":{\"value\":\"partial\"},\"performedAmount\":{\"value\":\"-5\"}", "格式不正确"},
        {"\"performance\":{\"value\":\"full\"},\"performedAmount\":{\"value\":\"5000\"}", "不应填写"},
        {"\"performance\":{\"value\":\"partial\"}", "已履行金额"},
        {"\"performance\":{\"value\":\"half\"}", "选项无效"}}) {
      var refused = mediator.postJson(url, "{\"variables\":{" + bad[0] + "}}");
      assertThat(refused.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(refused.body()).as(bad[0]).contains(bad[1]).doesNotContain("Exception:", "org.camunda");
    }
    BpmnAwareTests.assertThat(agreement).isWaitingAt(CaseAgreementElements.TASK_CONFIRM_PERFORMANCE);

    assertThat(mediator.postJson(url, "{\"variables\":{\"performance\":{\"value\":\"partial\"},\"performedAmount\":{\"value\":\"5000.50\"},"
        + "\"performedDate\":{\"value\":\"2026-10-15\"}}}").statusCode()).isEqualTo(204);

    BpmnAwareTests.assertThat(agreement).hasPassed(CaseAgreementElements.INTERMEDIATE_THROW_EVENT_AGREEMENT_PARTLY_PERFORMED,
        CaseAgreementElements.GATEWAY_NON_PERFORMANCE_JOIN).isNotEnded();
    String caseNumber = agreement.getBusinessKey();
    assertThat(jdbc.queryForObject("select performed_amount from case_register where case_number = ?", java.math.BigDecimal.class, caseNumber))
        .isEqualByComparingTo("5000.50");
    driver.executeJob(agreement, CaseAgreementElements.TASK_APPLY_FOR_PAYMENT_ORDER);
    assertThat(records.received("court", caseNumber)).singleElement()
        .satisfies(filing -> assertThat(filing.path("type").asText()).isEqualTo("payment_order_application"));
    driver.message(agreement, "PaymentOrderDecided");
    BpmnAwareTests.assertThat(agreement).isEnded().hasPassed(CaseAgreementElements.END_EVENT_PAYMENT_ORDER_DECIDED);
    assertThat(driver.variable(agreement, "agreementOutcome")).isEqualTo("payment_order");
  }

  @Test
  void fullyPerformedRecordsTheAgreedAmountAndNotPerformedRecordsNothingPaid() {
    ProcessInstance full = agreementOf("deferred", "2026-10-15", "none", false);
    ProcessInstance none = agreementOf("deferred", "2026-10-15", "none", false);
    driver.today(LocalDate.of(2026, 10, 16));
    driver.executeJob(full, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    driver.executeJob(none, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    driver.complete(full, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE, "mediator", UNION_POOL, "performance", "full");
    driver.complete(none, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE, "mediator", UNION_POOL, "performance", "none");

    BpmnAwareTests.assertThat(full).isEnded().hasPassed(CaseAgreementElements.END_EVENT_PERFORMED_AFTER_DUE_DATE);
    BpmnAwareTests.assertThat(none).isEnded().hasPassed(CaseAgreementElements.END_EVENT_AGREEMENT_NOT_PERFORMED)
        .hasNotPassed(CaseAgreementElements.INTERMEDIATE_THROW_EVENT_AGREEMENT_PARTLY_PERFORMED);
    String sql = "select performed_amount from case_register where case_number = ?";
    assertThat(jdbc.queryForObject(sql, java.math.BigDecimal.class, full.getBusinessKey())).isEqualByComparingTo("12000");
    assertThat(jdbc.queryForObject(sql, java.math.BigDecimal.class, none.getBusinessKey())).isEqualByComparingTo("0");
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
