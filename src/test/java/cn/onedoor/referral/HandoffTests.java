package cn.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.external.JsonSchemas;
import cn.onedoor.process.CaseAgreementElements;
import cn.onedoor.process.LaborDisputeCaseElements;
import cn.onedoor.process.ProcessKeys;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.SimulatorControl;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hand-offs over real HTTP to the built-in simulator of the court and the arbitration commission:
 * the e-file they receive, their signed callbacks, and every fault the issue names (an answer lost
 * after filing, a time-out, a file sent back, an outage that outlasts the retries).
 */
class HandoffTests extends CaseProcessTest {

  @LocalServerPort int port;
  @Autowired JsonSchemas schemas;
  @RegisterExtension SimulatorControl simulator = SimulatorControl.clearedAroundEachTest();

  @Test
  void courtReceivesTheCompleteCaseFileAndItsSignedReceiptClosesTheCase() {
    ProcessInstance kase = caseAtCourtReferral();
    String caseNumber = driver.businessKey(kase);

    driver.executeJob(kase, "Task_HandOverToCourt");

    JsonNode filing = records.received("court", caseNumber).get(0);
    assertThat(schemas.violations(JsonSchemas.FILING_REQUEST, filing)).isEmpty();
    assertThat(filing.path("type").asText()).isEqualTo("litigation_referral");
    JsonNode file = filing.path("caseFile");
    assertThat(file.path("checksum").path("value").asText()).isEqualTo(CanonicalJson.sha256OfFile(file));
    assertThat(file.path("parties")).extracting(p -> p.path("role").asText()).containsExactly("applicant", "respondent");
    assertThat(file.path("parties").get(0).path("idNumber").asText()).hasSize(18);
    assertThat(file.path("mediation").path("sessions")).singleElement()
        .satisfies(s -> assertThat(s.path("result").asText()).isEqualTo("no_agreement"));
    assertThat(file.path("timeline")).extracting(t -> t.path("step").asText())
        .contains("Task_RegisterCase", "Task_ReviewEligibility", "Task_RecordSession", "Task_HandOverToArbitration");
    assertThat(file.path("documents")).extracting(d -> d.path("type").asText()).containsExactly("referral_letter");
    JsonNode receipt = simulator.requests("court", caseNumber).get(0);
    assertThat(jdbc.queryForObject("select receipt_number from handoff where case_number = ? and kind = 'litigation_referral'",
        String.class, caseNumber)).isEqualTo(receipt.path("receiptNumber").asText()).startsWith("法调收〔");

    // the simulated court's receipt arrives as a signed callback and moves the case to its end
    JsonNode answer = simulator.callback(receipt.path("id").asLong(), "court-receipt", null);
    assertThat(answer.path("caseNumber").asText()).isEqualTo(caseNumber);

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_ReferredToCourt");
    assertThat(driver.calledProcessVariable(kase, ProcessKeys.LITIGATION_REFERRAL, "courtReference")).isEqualTo(receipt.path("receiptNumber").asText());
  }

  @Test
  void anAnswerLostAfterFilingIsRetriedWithTheSameKeyAndFiledOnce() {
    ProcessInstance kase = caseAtCourtReferral();
    String caseNumber = driver.businessKey(kase);
    simulator.fault("court", "LOST_RESPONSE", 1);

    assertThatThrownBy(() -> driver.executeJob(kase, "Task_HandOverToCourt")).hasMessageContaining("人民法院调解平台暂时无法处理（HTTP 503");
    assertThat(driver.externalTask(kase, "Task_HandOverToCourt").getRetries()).isEqualTo(2);
    assertThat(records.handoffs(caseNumber)).containsExactly("arbitration_referral");
    driver.executeJob(kase, "Task_HandOverToCourt");

    JsonNode received = simulator.requests("court", caseNumber);
    assertThat(received).singleElement().satisfies(r -> assertThat(r.path("calls").asInt()).isEqualTo(2));
    assertThat(records.handoffs(caseNumber)).containsExactly("arbitration_referral", "litigation_referral");
    assertWaitingAt(kase, "ReceiveTask_CourtReceipt");
  }

  @Test
  void aTimeOutIsRetriedAndTheCourtFilesOnce() {
    ProcessInstance kase = caseAtCourtReferral();
    String caseNumber = driver.businessKey(kase);
    simulator.fault("court", "TIMEOUT", 1);

    long started = System.nanoTime();
    // our client gives up after its 5 s read time-out, before the court's late answer (6 s)
    assertThatThrownBy(() -> driver.executeJob(kase, "Task_HandOverToCourt")).hasMessageContaining("响应超时")
        .hasMessageContaining("SocketTimeoutException: Read timed out");
    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(4_900L);
    driver.executeJob(kase, "Task_HandOverToCourt");

    assertThat(simulator.requests("court", caseNumber)).singleElement()
        .satisfies(r -> assertThat(r.path("calls").asInt()).isEqualTo(2));
    assertThat(records.handoffs(caseNumber)).containsExactly("arbitration_referral", "litigation_referral");
  }

  @Test
  void aFileTheCourtSendsBackGoesToTheMediatorForCorrectionNotToRetries() {
    ProcessInstance kase = caseAtCourtReferral();
    String caseNumber = driver.businessKey(kase);
    simulator.fault("court", "INVALID_FILE", 1);

    driver.executeJob(kase, "Task_HandOverToCourt");

    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_LitigationReferral");
    assertThat(driver.task(kase, "Task_CorrectCourtReferral")).isNotNull();
    assertThat(engine.getExternalTaskService().createExternalTaskQuery().activityId("Task_HandOverToCourt")
        .processInstanceId(driver.calledProcess(kase, ProcessKeys.LITIGATION_REFERRAL).getId()).count()).isZero();
    assertThat((String) runtimeVariable(kase, "caseFileRejection")).contains("人民法院调解平台退回材料", "缺少申请人身份证明材料");
    assertThat(simulator.requests("court", caseNumber)).isEmpty();

    driver.complete(kase, "Task_CorrectCourtReferral", "mediator", UNION_POOL, "caseFileCorrection", "已补充申请人身份证复印件");
    driver.executeJob(kase, "Task_HandOverToCourt");

    JsonNode file = records.received("court", caseNumber).get(0).path("caseFile");
    assertThat(file.path("corrections").get(0).path("note").asText()).isEqualTo("已补充申请人身份证复印件");
    assertThat(file.path("timeline")).extracting(t -> t.path("step").asText()).contains("Task_CorrectCourtReferral");
    assertWaitingAt(kase, "ReceiveTask_CourtReceipt");
  }

  @Test
  void exhaustedRetriesBecomeAnIncidentAndARetryFromCockpitContinuesTheCase() {
    ProcessInstance kase = caseAtCourtReferral();
    String caseNumber = driver.businessKey(kase);
    simulator.fault("court", "UNAVAILABLE", null);

    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> driver.executeJob(kase, "Task_HandOverToCourt")).hasMessageContaining("HTTP 503");
    }
    ExternalTask task = driver.externalTask(kase, "Task_HandOverToCourt");
    assertThat(task.getRetries()).isZero();
    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().configuration(task.getId())
        .processInstanceId(task.getProcessInstanceId()).list();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.getIncidentType()).isEqualTo("failedExternalTask");
      assertThat(incident.getActivityId()).isEqualTo("Task_HandOverToCourt");
      assertThat(incident.getIncidentMessage()).startsWith("人民法院调解平台暂时无法处理（HTTP 503：系统维护中");
    });
    // nothing is lost while the court is down: the case waits at its hand-off, nothing filed, nothing recorded
    assertThat(simulator.requests("court", caseNumber)).isEmpty();
    assertThat(records.handoffs(caseNumber)).containsExactly("arbitration_referral");
    assertThat(driver.handoffWorker().runOnce(caseNumber).worked()).as("an incident is not fetched again").isZero();

    // the court is back; the administrator presses "retry" in Cockpit (the external task's retries set to 1)
    simulator.fault("court", "NONE", null);
    engine.getExternalTaskService().setRetries(task.getId(), 1);
    driver.executeJob(kase, "Task_HandOverToCourt");

    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
    assertThat(simulator.requests("court", caseNumber)).hasSize(1);
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_LitigationReferral");
    assertThat(records.handoffs(caseNumber)).containsExactly("arbitration_referral", "litigation_referral");
  }

  @Test
  void arbitrationCommissionReceivesTheFileAndItsCallbacksCarryTheCaseToTheAward() {
    ProcessInstance kase = driver.failedMediation();
    String caseNumber = driver.businessKey(kase);

    driver.executeJob(kase, "Task_HandOverToArbitration");

    JsonNode filing = records.received("arbitration", caseNumber).get(0);
    assertThat(schemas.violations(JsonSchemas.FILING_REQUEST, filing)).isEmpty();
    assertThat(filing.path("caseFile").path("mediation").path("outcome").asText()).isEqualTo("no_agreement");
    long id = simulator.requests("arbitration", caseNumber).get(0).path("id").asLong();
    simulator.callback(id, "arbitration-accepted", null);
    assertWaitingAt(kase, "Gateway_AwaitAward");
    simulator.callback(id, "award-issued", "{\"reference\":\"吉劳人仲案字〔2026〕45号\"}");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_AwardReceived");
    assertThat(driver.calledProcessVariable(kase, ProcessKeys.ARBITRATION_REFERRAL, "awardReference")).isEqualTo("吉劳人仲案字〔2026〕45号");
  }

  @Test
  void theFileCarriesEveryPartyWithItsParticularsAndRole() {
    Map<String, Object> form = CaseDriver.walkIn("employerAddress", "江西省吉安市吉州区工业园一路8号",
        "employerLegalRepresentative", "王建军", "employerPhone", "13900139000");
    form.remove("workerCount");
    String second = "36080219850615001" + cn.onedoor.party.IdentityNumbers.checkCharacter("36080219850615001");
    form.put("applicants", List.of(
        Map.of("name", "赵小红", "idNumber", "110101199003078515", "phone", "13800138000", "claimAmount", "8000.00"),
        Map.of("name", "周建国", "idNumber", second, "claimAmount", "4800.00")));
    form.put("agents", List.of(Map.of("side", "applicant", "name", "李律师", "phone", "13600136000", "applicantSeq", 2),
        Map.of("side", "respondent", "name", "陈法务")));
    ProcessInstance kase = driver.registerThroughApi(form);
    driver.accept(kase);
    driver.failMediation(kase);
    String caseNumber = driver.businessKey(kase);

    driver.executeJob(kase, "Task_HandOverToArbitration");

    JsonNode filing = records.received("arbitration", caseNumber).get(0);
    assertThat(schemas.violations(JsonSchemas.FILING_REQUEST, filing)).isEmpty();
    JsonNode parties = filing.path("caseFile").path("parties");
    assertThat(parties).extracting(p -> p.path("role").asText() + "#" + p.path("seq").asInt() + " " + p.path("name").asText())
        .containsExactly("applicant#1 赵小红", "applicant#2 周建国", "respondent#1 吉安市某某制衣有限公司", "applicant_agent#1 李律师",
            "respondent_agent#1 陈法务");
    assertThat(parties.get(1).path("idNumber").asText()).isEqualTo(second);
    assertThat(parties.get(1).path("claimAmount").asText()).isEqualTo("4800.00");
    assertThat(parties.get(2).path("address").asText()).isEqualTo("江西省吉安市吉州区工业园一路8号");
    assertThat(parties.get(2).path("legalRepresentative").asText()).isEqualTo("王建军");
    assertThat(parties.get(3).path("representsSeq").asInt()).isEqualTo(2);
    assertThat(filing.path("caseFile").path("claims").path("workerCount").asInt()).isEqualTo(2);
  }

  @Test
  void aFileTheCommissionSendsBackGoesToCorrectionToo() {
    ProcessInstance kase = driver.failedMediation();
    simulator.fault("arbitration", "INVALID_FILE", 1);

    driver.executeJob(kase, "Task_HandOverToArbitration");
    driver.complete(kase, "Task_CorrectArbitrationReferral", "mediator", UNION_POOL, "caseFileCorrection", "已补正请求金额计算依据");
    driver.executeJob(kase, "Task_HandOverToArbitration");

    assertThat(records.received("arbitration", driver.businessKey(kase))).singleElement()
        .satisfies(f -> assertThat(f.path("caseFile").path("corrections").get(0).path("note").asText()).isEqualTo("已补正请求金额计算依据"));
  }

  @Test
  void anArbitrationReviewApplicationSentBackReturnsToTheMediatorAndTheSignedDecisionSettlesTheCase() {
    ProcessInstance kase = agreedCase("arbitration_review");
    String caseNumber = driver.businessKey(kase);
    simulator.fault("arbitration", "INVALID_FILE", 1);
    driver.complete(kase, CaseAgreementElements.TASK_ASSIST_CONFIRMATION, "mediator", UNION_POOL, "confirmationFiling", "apply");

    driver.executeJob(kase, CaseAgreementElements.TASK_APPLY_FOR_CONFIRMATION);

    // sent back: the same task again, now showing why; the mediator corrects and applies again
    assertThat((String) runtimeVariable(kase, "caseFileRejection")).contains("劳动人事争议仲裁委员会退回材料");
    driver.complete(kase, CaseAgreementElements.TASK_ASSIST_CONFIRMATION, "mediator", UNION_POOL, "confirmationFiling", "apply",
        "caseFileCorrection", "已补充双方签字的申请书");
    driver.executeJob(kase, CaseAgreementElements.TASK_APPLY_FOR_CONFIRMATION);
    JsonNode application = records.received("arbitration", caseNumber).get(0);
    assertThat(application.path("type").asText()).isEqualTo("arbitration_review_application");
    assertThat(application.path("caseFile").path("corrections").get(0).path("note").asText()).isEqualTo("已补充双方签字的申请书");

    simulator.callback(simulator.requests("arbitration", caseNumber).get(0).path("id").asLong(), "arbitration-review-decided",
        "{\"result\":\"confirmed\",\"reference\":\"仲审确〔2026〕3号\"}");
    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_Settled");
    assertThat(driver.calledProcessVariable(kase, ProcessKeys.CASE_AGREEMENT, "confirmationResult")).isEqualTo("confirmed");
  }

  @Test
  void aJudicialConfirmationSentBackReturnsToTheMediatorWhoMayAlsoDropIt() {
    ProcessInstance kase = agreedCase("judicial");
    simulator.fault("court", "INVALID_FILE", 1);
    driver.complete(kase, CaseAgreementElements.TASK_ASSIST_CONFIRMATION, "mediator", UNION_POOL, "confirmationFiling", "apply");
    driver.executeJob(kase, CaseAgreementElements.TASK_APPLY_FOR_CONFIRMATION);

    driver.complete(kase, CaseAgreementElements.TASK_ASSIST_CONFIRMATION, "mediator", UNION_POOL, "confirmationFiling", "not_filed",
        "caseFileCorrection", "当事人撤回司法确认申请");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed(LaborDisputeCaseElements.END_EVENT_SETTLED);
    assertThat(driver.passedIn(kase, ProcessKeys.CASE_AGREEMENT)).contains(CaseAgreementElements.GATEWAY_CONFIRMATION_JOIN);
    assertThat(records.received("court", driver.businessKey(kase))).isEmpty();
  }

  @Test
  void theCourtsSignedDecisionOnAJudicialConfirmationIsRecorded() {
    ProcessInstance kase = agreedCase("judicial");
    driver.complete(kase, CaseAgreementElements.TASK_ASSIST_CONFIRMATION, "mediator", UNION_POOL, "confirmationFiling", "apply");
    driver.executeJob(kase, CaseAgreementElements.TASK_APPLY_FOR_CONFIRMATION);
    String caseNumber = driver.businessKey(kase);

    simulator.callback(simulator.requests("court", caseNumber).get(0).path("id").asLong(), "judicial-confirmation-decided",
        "{\"result\":\"rejected\",\"note\":\"协议内容违反法律强制性规定\"}");

    BpmnAwareTests.assertThat(kase).isEnded();
    assertThat(driver.calledProcessVariable(kase, ProcessKeys.CASE_AGREEMENT, "confirmationResult")).isEqualTo("rejected");
  }

  @Test
  void aResultReportTheCourtSendsBackIsCorrectedAndSentAgain() {
    ProcessInstance kase = driver.registerThroughApi(CaseDriver.walkIn("channel", "court_entrusted",
        "courtCaseNumber", "（2026）赣0802诉前调1234号", "entrustmentDeadline", "2026-10-20"));
    driver.accept(kase);
    driver.complete(kase, "Task_ScheduleSession", "mediator2", LAWYER_POOL, "sessionMode", "cloud", "sessionTime", "2026-09-24T14:00");
    driver.complete(kase, "Task_RecordSession", "mediator2", LAWYER_POOL, "sessionNotes", "双方差距过大，调解不成", "sessionResult", "no_agreement");
    simulator.fault("court", "INVALID_FILE", 1);

    driver.executeJob(kase, "Task_ReportResultToCourt");
    driver.complete(kase, "Task_CorrectResultReport", "mediator2", LAWYER_POOL, "caseFileCorrection", "补充法院案号");
    driver.executeJob(kase, "Task_ReportResultToCourt");

    JsonNode report = records.received("court", driver.businessKey(kase)).get(0);
    assertThat(report.path("type").asText()).isEqualTo("mediation_result_report");
    assertThat(report.path("caseFile").path("courtCaseNumber").asText()).isEqualTo("（2026）赣0802诉前调1234号");
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_ArbitrationReferral");
  }

  @Test
  void aPaymentOrderApplicationTheCourtSendsBackIsCorrectedAndTheCourtsOrderClosesTheCase() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方达成一致意见", "sessionResult", "agreement");
    driver.complete(kase, "Task_DraftAgreement", "mediator", UNION_POOL, "agreedAmount", "12000.00",
        "agreementItems", "被申请人于2026年10月15日前支付工资12000元", "agreementPays", List.of("labour_remuneration"), "performanceMode", "deferred",
        "performanceDueDate", "2026-10-15", "confirmationType", "none");
    driver.today(LocalDate.of(2026, 10, 16));
    driver.executeJob(kase, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    driver.complete(kase, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE, "mediator", UNION_POOL, "performance", "none");
    simulator.fault("court", "INVALID_FILE", 1);

    driver.executeJob(kase, CaseAgreementElements.TASK_APPLY_FOR_PAYMENT_ORDER);
    driver.complete(kase, CaseAgreementElements.TASK_CORRECT_PAYMENT_ORDER_APPLICATION, "mediator", UNION_POOL, "caseFileCorrection", "补充未履行情况说明");
    driver.executeJob(kase, CaseAgreementElements.TASK_APPLY_FOR_PAYMENT_ORDER);
    String caseNumber = driver.businessKey(kase);
    simulator.callback(simulator.requests("court", caseNumber).get(0).path("id").asLong(), "payment-order-decided",
        "{\"result\":\"issued\",\"reference\":\"（2026）赣0802民督88号\"}");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_PaymentOrder");
    assertThat(driver.calledProcessVariable(kase, ProcessKeys.CASE_AGREEMENT, "paymentOrderResult")).isEqualTo("issued");
  }

  /** An agreement performed on the spot, for which the parties want it confirmed (judicial / arbitration_review). */
  private ProcessInstance agreedCase(String confirmationType) {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方达成一致意见", "sessionResult", "agreement");
    driver.complete(kase, "Task_DraftAgreement", "mediator", UNION_POOL, "agreedAmount", "12000.00",
        "agreementItems", "被申请人当场支付工资12000元", "agreementPays", List.of("labour_remuneration"), "performanceMode", "on_the_spot",
        "confirmationType", confirmationType);
    return kase;
  }

  private void assertWaitingAt(ProcessInstance root, String activityId) {
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(driver.businessKey(root))
        .activityId(activityId).count()).as("case %s waiting at %s", driver.businessKey(root), activityId).isOne();
  }

  private Object runtimeVariable(ProcessInstance root, String name) {
    return engine.getRuntimeService().createVariableInstanceQuery().variableName(name)
        .processInstanceIdIn(engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstanceId(root.getId())
            .list().stream().map(ProcessInstance::getId).toArray(String[]::new))
        .list().get(0).getValue();
  }


  /** A case whose arbitration gave no award in time: it waits at the court referral's job. */
  private ProcessInstance caseAtCourtReferral() {
    ProcessInstance kase = driver.acceptedByArbitration();
    driver.today(LocalDate.of(2027, 1, 4));
    driver.executeJob(kase, "TimerEvent_AwardPeriodExpired");
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_LitigationReferral");
    return kase;
  }
}
