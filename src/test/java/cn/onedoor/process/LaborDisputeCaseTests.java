package cn.onedoor.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseRecords;
import cn.onedoor.support.CaseProcessTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * The case from the clerk's start form to each of its ends. Dates are real 2026 dates around the
 * National Day holiday (1–7 October; Saturday 10 October is an adjusted working day).
 */
class LaborDisputeCaseTests extends CaseProcessTest {



  /** docs/case-process.md, "Variable types": the claim a Double of yuan, the possible duplicates a Json list, dates ISO days. */
  @Test
  void registrationStoresTheClaimAsANumberTheDuplicatesAsAListAndDatesAsIsoDays() {
    String earlier = driver.businessKey(driver.registerThroughStartForm(CaseDriver.walkIn("claimAmount", "12800.5")));
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("claimAmount", "12800.5"));

    org.camunda.bpm.engine.variable.value.TypedValue claim = engine.getRuntimeService().getVariableTyped(kase.getId(), "claimAmount");
    assertThat(claim.getType().getName()).isEqualTo("double");
    assertThat(claim.getValue()).isEqualTo(12800.5);
    org.camunda.bpm.engine.variable.value.TypedValue duplicates =
        engine.getRuntimeService().getVariableTyped(kase.getId(), "possibleDuplicateOf");
    assertThat(duplicates.getType().getName()).isEqualTo("json");
    assertThat(duplicates.getValue().toString()).startsWith("[\"" + earlier + "\"");
    assertThat(engine.getRuntimeService().getVariables(kase.getId()))
        .containsEntry("receivedDate", "2026-09-21").containsEntry("mediationDeadline", "2026-10-08");
    CaseFacts facts = CaseFacts.of(engine.getRuntimeService().getVariables(kase.getId()));
    assertThat(facts.claimAmount()).isEqualTo(new java.math.BigDecimal("12800.50"));
    assertThat(facts.possibleDuplicateOf()).startsWith(earlier);
    assertThat(facts.receivedDate()).isEqualTo(java.time.LocalDate.of(2026, 9, 21));
  }

  @Test
  void walkInCaseIsSettledWithAnAgreementPerformedOnTheSpot() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    String caseNumber = driver.businessKey(kase);

    assertThat(caseNumber).matches("吉劳调〔2026〕\\d{4}号");
    Task review = driver.task(kase, "Task_ReviewEligibility");
    // 3 working days after Monday 21 September
    assertThat(driver.dueDate(review)).isEqualTo(LocalDateTime.of(2026, 9, 24, 23, 59, 59));
    assertThat(lower(records.register(caseNumber))).containsEntry("status", "registered").containsEntry("channel", "window")
        .containsEntry("applicant_id_masked", "1101**********8515");
    assertThat(engine.getRuntimeService().getVariables(kase.getId()))
        .containsEntry("applicantIdMasked", "1101**********8515")
        .containsEntry("mediationDeadline", "2026-10-08")   // 6 October is a holiday: next working day
        .doesNotContainKeys("applicantIdNumber", "applicantPhone");

    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true);
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_Mediation");
    assertThat(driver.task(kase, "Task_ScheduleSession").getPriority()).isEqualTo(50);
    assertThat(driver.job(kase, "BoundaryEvent_MediationPeriodExpired").getDuedate())
        .isEqualTo(java.util.Date.from(LocalDateTime.of(2026, 10, 8, 23, 59, 59).atZone(CaseDriver.BEIJING).toInstant()));

    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL,
        "sessionNotes", "双方同意按12000元一次性结清", "sessionResult", "agreement");
    assertThat(driver.dueDate(driver.task(kase, "Task_DraftAgreement"))).isEqualTo(LocalDateTime.of(2026, 10, 8, 23, 59, 59));
    driver.complete(kase, "Task_DraftAgreement", "mediator", UNION_POOL,
        "agreedAmount", "12000", "agreementItems", "被申请人支付申请人2026年8月至10月工资", "agreementPays", List.of("labour_remuneration"),
        "performanceMode", "on_the_spot", "confirmationType", "none");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_Settled");
    assertThat(driver.variable(kase, "outcome")).isEqualTo("settled");
    Map<String, Object> closed = lower(records.register(caseNumber));
    assertThat(closed).containsEntry("status", "closed").containsEntry("outcome", "settled")
        .containsEntry("performed_on_the_spot", true).containsEntry("mediator_id", "mediator");
    assertThat((BigDecimal) closed.get("agreed_amount")).isEqualByComparingTo("12000.00");
    assertThat(records.noticeTemplates(caseNumber))
        .containsExactly("accepted", "session_scheduled", "session_scheduled_mediator", "agreement_reached", "case_closed");
    assertThat(records.notices(caseNumber)).allSatisfy(n -> assertThat(n.body()).doesNotContain("13800138000", "110101199003078515"));
    assertThat(records.notices(caseNumber)).filteredOn(n -> n.recipientRole().equals("applicant"))
        .allSatisfy(n -> assertThat(n.recipientMasked()).isEqualTo("138****8000"));
    assertThat(records.handoffs(caseNumber)).isEmpty();
  }

  @Test
  void notAcceptedCaseEndsWithTheReasonAndGuidance() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", false,
        "rejectionReason", "属于劳务关系，不属于劳动争议受案范围");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_NotAccepted");
    assertThat(driver.variable(kase, "outcome")).isEqualTo("not_accepted");
    String caseNumber = driver.businessKey(kase);
    assertThat(records.noticeTemplates(caseNumber)).containsExactly("not_accepted", "case_closed");
    assertThat(records.notices(caseNumber).get(0).body()).contains("属于劳务关系").contains("仲裁");
    assertThat(lower(records.register(caseNumber))).containsEntry("outcome", "not_accepted");
  }

  @Test
  void employerRefusingMediationIsGuidedToArbitration() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", false);

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_EmployerRefused");
    assertThat(driver.variable(kase, "outcome")).isEqualTo("referred_to_arbitration");
    assertThat(records.noticeTemplates(driver.businessKey(kase))).containsExactly("employer_refused", "case_closed");
  }

  @Test
  void collectiveDisputeAlertsSupervisorsAndUnionAndGoesToExperts() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("workerCount", 12L, "claimAmount", "380000.00"));
    String caseNumber = driver.businessKey(kase);
    assertThat(engine.getRuntimeService().getVariable(kase.getId(), "collectiveDispute")).isEqualTo(true);

    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true);

    assertThat(records.notices(caseNumber)).filteredOn(n -> n.template().equals("collective_alert"))
        .extracting(CaseRecords.StoredNotice::recipientRole).containsExactlyInAnyOrder("supervisors", "union");
    Task consultation = driver.task(kase, "Task_HoldExpertConsultation");
    assertThat(engine.getTaskService().getIdentityLinksForTask(consultation.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("mediator-expert"));
    assertThat(lower(records.register(caseNumber))).containsEntry("collective", true).containsEntry("priority", "high")
        .containsEntry("mediator_pool", "mediator-expert");

    driver.complete(kase, "Task_HoldExpertConsultation", "expert", List.of("mediator-expert"), "expertOpinion", "建议分批支付，先付三个月工资");
    assertThat(driver.task(kase, "Task_ScheduleSession").getPriority()).isEqualTo(80);
  }

  /** 十人以上 includes ten (LDMAL art. 7; Civil Code art. 1259): ten workers are a collective dispute, nine are not. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} workers -> collective {1}")
  @org.junit.jupiter.params.provider.CsvSource({"9, false, mediator-union, normal", "10, true, mediator-expert, high"})
  void tenWorkersAreACollectiveDisputeNineAreNot(long workers, boolean collective, String pool, String priority) {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("workerCount", workers));
    String caseNumber = driver.businessKey(kase);
    assertThat(engine.getRuntimeService().getVariable(kase.getId(), "collectiveDispute")).isEqualTo(collective);

    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true);

    assertThat(records.noticeTemplates(caseNumber).contains("collective_alert")).isEqualTo(collective);
    assertThat(lower(records.register(caseNumber))).containsEntry("collective", collective)
        .containsEntry("priority", priority).containsEntry("mediator_pool", pool);
  }

  @Test
  void deferredPerformanceIsCheckedWhenDueAndSettles() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    agree(kase, "deferred", "2026-10-15", "none");
    BpmnAwareTests.assertThat(driver.calledProcess(kase, ProcessKeys.CASE_AGREEMENT)).isWaitingAt(CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    assertThat(driver.dueDate(driver.job(kase, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE))).isEqualTo(LocalDateTime.of(2026, 10, 15, 23, 59, 59));

    driver.today(LocalDate.of(2026, 10, 16));
    driver.executeJob(kase, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    Task check = driver.task(kase, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE);
    assertThat(driver.dueDate(check)).isEqualTo(LocalDateTime.of(2026, 10, 20, 23, 59, 59));
    driver.complete(kase, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE, "mediator", UNION_POOL, "performance", "full");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_SettledAfterDeferredPerformance");
    assertThat(driver.variable(kase, "outcome")).isEqualTo("settled_after_deferred_performance");
    assertThat(lower(records.register(driver.businessKey(kase)))).containsEntry("performed_on_the_spot", false);
  }

  @Test
  void unpaidWagesAgreementNotPerformedGoesToTheCourtForAPaymentOrder() throws Exception {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    agree(kase, "deferred", "2026-10-15", "none");
    driver.today(LocalDate.of(2026, 10, 16));
    driver.executeJob(kase, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    driver.complete(kase, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE, "mediator", UNION_POOL, "performance", "none");

    driver.executeJob(kase, CaseAgreementElements.TASK_APPLY_FOR_PAYMENT_ORDER);
    String caseNumber = driver.businessKey(kase);
    assertThat(records.handoffs(caseNumber)).containsExactly("payment_order_application");
    // the court received the e-file with the agreement that was not performed, as the signed PDF with its checksum
    var filing = records.received("court", caseNumber).get(0);
    assertThat(filing.path("type").asText()).isEqualTo("payment_order_application");
    var agreement = filing.path("caseFile").path("documents").get(0);
    assertThat(agreement.path("type").asText()).isEqualTo("mediation_agreement");
    byte[] pdf = java.util.Base64.getDecoder().decode(agreement.get("base64").asText());
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(agreement.get("sha256").asText()).isEqualTo(cn.onedoor.referral.CanonicalJson.sha256(pdf));
    driver.message(kase, "PaymentOrderDecided", "paymentOrderResult", "issued");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_PaymentOrder");
    assertThat(driver.variable(kase, "outcome")).isEqualTo("payment_order");
  }

  /** LDMAL art. 16 turns on what the agreement pays: a dismissal settlement paying 经济补偿 may go for a payment order. */
  @Test
  void dismissalSettlementPayingEconomicCompensationNotPerformedGoesForAPaymentOrder() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn("disputeType", "dismissal"));
    agreeAs(kase, LAWYER_POOL, "mediator2", "deferred", "2026-10-15", "none", List.of("economic_compensation"));
    String caseNumber = driver.businessKey(kase);
    assertThat(jdbc.queryForObject("select pays from agreement_document where case_number = ?", String.class, caseNumber))
        .isEqualTo("economic_compensation");
    driver.today(LocalDate.of(2026, 10, 16));
    driver.executeJob(kase, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    driver.complete(kase, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE, "mediator2", LAWYER_POOL, "performance", "none");

    BpmnAwareTests.assertThat(driver.calledProcess(kase, ProcessKeys.CASE_AGREEMENT)).isWaitingAt(CaseAgreementElements.TASK_APPLY_FOR_PAYMENT_ORDER);
    driver.executeJob(kase, CaseAgreementElements.TASK_APPLY_FOR_PAYMENT_ORDER);
    assertThat(records.handoffs(caseNumber)).containsExactly("payment_order_application");
  }

  /** An agreement paying nothing of the four kinds of LDMAL art. 16 goes to arbitration when not performed, whatever the dispute. */
  @Test
  void agreementPayingOnlyOtherItemsNotPerformedIsReferredToArbitration() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn("disputeType", "dismissal"));
    agreeAs(kase, LAWYER_POOL, "mediator2", "deferred", "2026-10-15", "none", List.of("other"));
    driver.today(LocalDate.of(2026, 10, 16));
    driver.executeJob(kase, CaseAgreementElements.TIMER_EVENT_PERFORMANCE_DUE);
    driver.complete(kase, CaseAgreementElements.TASK_CONFIRM_PERFORMANCE, "mediator2", LAWYER_POOL, "performance", "none");

    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_ArbitrationReferral");
    driver.executeJob(kase, "Task_HandOverToArbitration");
    assertThat(records.handoffs(driver.businessKey(kase))).containsExactly("arbitration_referral");
  }

  @Test
  void judicialConfirmationIsDueThirtyDaysAfterTheAgreement() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    driver.today(LocalDate.of(2026, 9, 25));
    agree(kase, "on_the_spot", null, "judicial");
    // 25 September + 30 days = Sunday 25 October: the period ends on Monday 26 October
    assertThat(driver.dueDate(driver.task(kase, CaseAgreementElements.TASK_ASSIST_CONFIRMATION)))
        .isEqualTo(LocalDateTime.of(2026, 10, 26, 23, 59, 59));
    driver.complete(kase, CaseAgreementElements.TASK_ASSIST_CONFIRMATION, "mediator", UNION_POOL, "confirmationFiling", "apply");
    driver.executeJob(kase, CaseAgreementElements.TASK_APPLY_FOR_CONFIRMATION);
    // the court receives the joint application with the signed agreement, and later rules on it
    var application = records.received("court", driver.businessKey(kase)).get(0);
    assertThat(application.path("type").asText()).isEqualTo("judicial_confirmation_application");
    assertThat(application.path("caseFile").path("documents")).extracting(d -> d.path("type").asText())
        .containsExactly("mediation_agreement", "referral_letter");
    BpmnAwareTests.assertThat(driver.calledProcess(kase, ProcessKeys.CASE_AGREEMENT)).isWaitingAt(CaseAgreementElements.RECEIVE_TASK_CONFIRMATION_DECIDED);
    driver.message(kase, "JudicialConfirmationDecided", "confirmationResult", "confirmed");
    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_Settled");
    assertThat(driver.calledProcessVariable(kase, ProcessKeys.CASE_AGREEMENT, "confirmationResult")).isEqualTo("confirmed");
  }

  @Test
  void arbitrationReviewIsDueFifteenDaysAfterTheAgreement() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    driver.today(LocalDate.of(2026, 9, 25));
    agree(kase, "on_the_spot", null, "arbitration_review");
    // 25 September + 15 days = Saturday 10 October, an adjusted working day: it stays
    assertThat(driver.dueDate(driver.task(kase, CaseAgreementElements.TASK_ASSIST_CONFIRMATION)))
        .isEqualTo(LocalDateTime.of(2026, 10, 10, 23, 59, 59));
    // the parties decided not to apply after all: nothing is filed
    driver.complete(kase, CaseAgreementElements.TASK_ASSIST_CONFIRMATION, "mediator", UNION_POOL, "confirmationFiling", "not_filed");
    BpmnAwareTests.assertThat(kase).isEnded().hasPassed(LaborDisputeCaseElements.END_EVENT_SETTLED);
    assertThat(driver.passedIn(kase, ProcessKeys.CASE_AGREEMENT)).contains(CaseAgreementElements.GATEWAY_CONFIRMATION_JOIN)
        .doesNotContain(CaseAgreementElements.TASK_APPLY_FOR_CONFIRMATION);
    assertThat(records.received("arbitration", driver.businessKey(kase))).isEmpty();
  }

  @Test
  void withdrawnApplicationEndsTheCase() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "申请人当场撤回", "sessionResult", "withdrawn");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(driver.variable(kase, "outcome")).isEqualTo("withdrawn");
  }

  @Test
  void courtEntrustedCaseReportsItsResultToTheCourtWithinTheEntrustment() {
    // court-entrusted cases arrive by API (POST /api/cases), with the court's case number and deadline
    ProcessInstance kase = driver.registerThroughApi(CaseDriver.walkIn("channel", "court_entrusted",
        "courtCaseNumber", "（2026）赣0802诉前调1234号", "entrustmentDeadline", "2026-10-20"));
    // mediation ends on the working day before the court's deadline (Tuesday 20 October), so the report reaches it in time
    assertThat(engine.getRuntimeService().getVariable(kase.getId(), "mediationDeadline")).isEqualTo("2026-10-19");
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true);
    // court-entrusted cases go to the lawyers' pool, high priority (Decision_Triage)
    driver.complete(kase, "Task_ScheduleSession", "mediator2", LAWYER_POOL,
        "sessionMode", "cloud", "sessionTime", "2026-09-24T14:00");
    driver.complete(kase, "Task_RecordSession", "mediator2", LAWYER_POOL, "sessionNotes", "双方差距过大，调解不成", "sessionResult", "no_agreement");

    BpmnAwareTests.assertThat(kase).isWaitingAt("Task_ReportResultToCourt");
    driver.executeJob(kase, "Task_ReportResultToCourt");
    String caseNumber = driver.businessKey(kase);
    assertThat(records.handoffs(caseNumber)).containsExactly("mediation_result_report");
    assertThat(records.received("court", caseNumber)).singleElement()
        .satisfies(report -> assertThat(report.path("result").asText()).isEqualTo("no_agreement"));
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_ArbitrationReferral");
    assertThat(records.noticeTemplates(caseNumber)).contains("session_scheduled_cloud");
    assertThat(records.notices(caseNumber)).anySatisfy(n -> assertThat(n.body()).contains("https://meeting.example.cn/room/"));
  }

  /**
   * The court's deadline is reached while mediation is still open: mediation ends at the end of the working day
   * before it (Friday 16 October for Monday 19 October), and the report is handed to the court right after,
   * on the deadline day at the latest.
   */
  @Test
  void courtEntrustedCaseStillInMediationReportsToTheCourtByTheEntrustmentDeadline() {
    ProcessInstance kase = driver.registerThroughApi(CaseDriver.walkIn("channel", "court_entrusted",
        "courtCaseNumber", "（2026）赣0802诉前调1250号", "entrustmentDeadline", "2026-10-19"));
    assertThat(engine.getRuntimeService().getVariable(kase.getId(), "mediationDeadline")).isEqualTo("2026-10-16");
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true);
    driver.complete(kase, "Task_ScheduleSession", "mediator2", LAWYER_POOL,
        "sessionMode", "cloud", "sessionTime", "2026-09-24T14:00");
    var expiry = driver.job(kase, "BoundaryEvent_MediationPeriodExpired");
    assertThat(driver.dueDate(expiry)).isEqualTo(LocalDateTime.of(2026, 10, 16, 23, 59, 59));

    // the timer fires when it is due; the report is the next job, due at once
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(expiry.getDuedate().getTime() + 1000));
    driver.executeJob(kase, "BoundaryEvent_MediationPeriodExpired");
    BpmnAwareTests.assertThat(kase).isWaitingAt("Task_ReportResultToCourt");
    // the report is an external task, free to be fetched at once (no lock, no back-off)
    var report = driver.externalTask(kase, "Task_ReportResultToCourt");
    java.util.Date courtDeadline = java.util.Date.from(LocalDateTime.of(2026, 10, 19, 23, 59, 59).atZone(CaseDriver.BEIJING).toInstant());
    assertThat(report.getLockExpirationTime()).as("report task fetchable at once").isNull();
    driver.executeJob(kase, "Task_ReportResultToCourt");

    String caseNumber = driver.businessKey(kase);
    assertThat(records.received("court", caseNumber)).singleElement()
        .satisfies(filing -> assertThat(filing.path("result").asText()).isEqualTo("expired"));
    java.time.OffsetDateTime handedOver = jdbc.queryForObject(
        "select created_at from handoff where case_number = ? and kind = 'mediation_result_report'", java.time.OffsetDateTime.class, caseNumber);
    assertThat(handedOver.atZoneSameInstant(CaseDriver.BEIJING).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 17));
    assertThat(handedOver.toInstant()).isBeforeOrEqualTo(courtDeadline.toInstant());
  }

  @Test
  void failedMediationEndsWithTheArbitrationAward() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    failMediation(kase);
    driver.executeJob(kase, "Task_HandOverToArbitration");
    driver.message(kase, "ArbitrationAccepted", "arbitrationAcceptedDate", "2026-09-28");
    driver.message(kase, "AwardIssued", "awardDate", "2026-11-02");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_AwardReceived");
    assertThat(driver.variable(kase, "outcome")).isEqualTo("award_received");
    assertThat(records.noticeTemplates(driver.businessKey(kase))).contains("referred_to_arbitration", "case_closed");
  }

  @Test
  void arbitrationNotAcceptingTheCaseLeadsToTheCourt() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    failMediation(kase);
    driver.executeJob(kase, "Task_HandOverToArbitration");
    driver.message(kase, "ArbitrationRejected");
    driver.executeJob(kase, "Task_HandOverToCourt");
    driver.message(kase, "CourtReceiptConfirmed", "courtReceiptDate", "2026-10-12");

    BpmnAwareTests.assertThat(kase).isEnded().hasPassed("EndEvent_ReferredToCourt");
    assertThat(driver.variable(kase, "outcome")).isEqualTo("referred_to_court");
    String caseNumber = driver.businessKey(kase);
    assertThat(records.handoffs(caseNumber)).containsExactly("arbitration_referral", "litigation_referral");
    assertThat(records.noticeTemplates(caseNumber)).contains("referred_to_arbitration", "referred_to_court", "case_closed");
  }

  // --- steps shared by the detours

  ProcessInstance acceptedCase(Map<String, Object> form) {
    ProcessInstance kase = driver.registerThroughStartForm(form);
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true);
    return kase;
  }

  void agree(ProcessInstance kase, String performanceMode, String dueDate, String confirmationType) {
    agreeAs(kase, UNION_POOL, "mediator", performanceMode, dueDate, confirmationType);
  }

  void agreeAs(ProcessInstance kase, List<String> pool, String mediator, String performanceMode, String dueDate, String confirmationType) {
    agreeAs(kase, pool, mediator, performanceMode, dueDate, confirmationType, List.of("labour_remuneration"));
  }

  void agreeAs(ProcessInstance kase, List<String> pool, String mediator, String performanceMode, String dueDate, String confirmationType,
               List<String> pays) {
    // the session takes place later on the engine's today (a session cannot be scheduled in the past)
    driver.complete(kase, "Task_ScheduleSession", mediator, pool,
        "sessionMode", "in_person", "sessionTime", cn.onedoor.deadline.Deadlines.today() + "T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", mediator, pool, "sessionNotes", "双方达成一致意见", "sessionResult", "agreement");
    driver.complete(kase, "Task_DraftAgreement", mediator, pool,
        "agreedAmount", "12000.00", "agreementItems", "被申请人支付工资12000元", "agreementPays", pays, "performanceMode", performanceMode,
        "performanceDueDate", dueDate, "confirmationType", confirmationType);
  }

  void failMediation(ProcessInstance kase) {
    driver.failMediation(kase);
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_ArbitrationReferral");
  }

  static Map<String, Object> lower(Map<String, Object> row) {
    Map<String, Object> lower = new java.util.HashMap<>();
    row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
    return lower;
  }
}
