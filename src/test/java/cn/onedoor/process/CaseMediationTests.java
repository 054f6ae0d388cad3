package cn.onedoor.process;

import static cn.onedoor.process.LaborDisputeCaseTests.CLERK;
import static cn.onedoor.process.LaborDisputeCaseTests.UNION_POOL;
import static cn.onedoor.process.LaborDisputeCaseTests.lower;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.onedoor.support.CallContracts;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.CaseRecords;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** CaseMediation: sessions, cloud mediation, the 15-day period, its reminder and its extension. */
class CaseMediationTests extends CaseProcessTest {


  @Test
  void cloudSessionsSendAMeetingLinkAndMayContinueWithAnotherSession() {
    ProcessInstance kase = mediatingCase();
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL, "sessionMode", "cloud", "sessionTime", "2026-09-23T09:30");
    assertThat((String) engine.getRuntimeService().getVariable(driver.task(kase, "Task_RecordSession").getProcessInstanceId(), "meetingLink"))
        .startsWith("https://meeting.example.cn/room/");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "首次调解，双方差距较大", "sessionResult", "another_session");
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-25T14:00", "sessionPlace", "中心第二调解室");

    String caseNumber = driver.businessKey(kase);
    assertThat(records.notices(caseNumber)).filteredOn(n -> n.recipientRole().equals("applicant"))
        .extracting(CaseRecords.StoredNotice::body)
        .anySatisfy(body -> assertThat(body).contains("云调解").contains("2026-09-23 09:30").contains("https://meeting.example.cn/room/"))
        .anySatisfy(body -> assertThat(body).contains("中心第二调解室").contains("2026-09-25 14:00"));
    BpmnAwareTests.assertThat(driver.task(kase, "Task_RecordSession")).isNotNull();
  }

  @Test
  void reminderGoesOutThreeDaysBeforeTheDeadlineWithoutStoppingMediation() {
    ProcessInstance kase = mediatingCase();
    assertThat(driver.dueDate(driver.job(kase, "BoundaryEvent_MediationDeadlineApproaching")))
        .isEqualTo(LocalDateTime.of(2026, 10, 5, 9, 0));
    driver.today(LocalDate.of(2026, 10, 5));
    driver.executeJob(kase, "BoundaryEvent_MediationDeadlineApproaching");

    assertThat(records.noticeTemplates(driver.businessKey(kase))).contains("deadline_reminder");
    assertThat(driver.task(kase, "Task_ScheduleSession")).isNotNull();
  }

  @Test
  void expiredMediationPeriodHandsTheCaseToArbitration() {
    ProcessInstance kase = mediatingCase();
    driver.today(LocalDate.of(2026, 10, 9));
    driver.executeJob(kase, "BoundaryEvent_MediationPeriodExpired");

    assertThat(driver.variable(kase, "mediationOutcome")).isEqualTo("expired");
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_ArbitrationReferral");
    assertThat(lower(records.register(driver.businessKey(kase)))).containsEntry("status", "arbitration");
  }

  @Test
  void extensionAgreedByBothPartiesMovesTheDeadlineAndItsTimers() {
    ProcessInstance kase = mediatingCase();
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方同意延期十日",
        "sessionResult", "extension_agreed", "extendedDeadline", "2026-10-19", "extensionConsentRecorded", true);

    assertThat(driver.dueDate(driver.job(kase, "BoundaryEvent_MediationPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 10, 19, 23, 59, 59));
    assertThat(driver.dueDate(driver.task(kase, "Task_ScheduleSession"))).isEqualTo(LocalDateTime.of(2026, 10, 19, 23, 59, 59));
    assertThat(lower(records.register(driver.businessKey(kase))).get("mediation_deadline").toString()).isEqualTo("2026-10-19");
  }

  @Test
  void extensionToAnEarlierDateIsRefusedAndTheSessionRecordStaysOpen() {
    ProcessInstance kase = mediatingCase();
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    assertThatThrownBy(() -> driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方同意延期",
        "sessionResult", "extension_agreed", "extendedDeadline", "2026-10-01", "extensionConsentRecorded", true))
        .hasMessageContaining("必须晚于原期限");
    assertThat(driver.task(kase, "Task_RecordSession")).isNotNull();
  }

  /** ECM art. 26 at the guard: 8 October + 15 days = 23 October is allowed, 24 October is refused. */
  @Test
  void extensionByFifteenDaysIsAllowedBySixteenRefused() {
    ProcessInstance kase = sessionHeld();
    assertThatThrownBy(() -> driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方同意延期",
        "sessionResult", "extension_agreed", "extendedDeadline", "2026-10-24", "extensionConsentRecorded", true))
        .hasMessageContaining("最多延长十五日").hasMessageContaining("2026-10-23");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方同意延期十五日",
        "sessionResult", "extension_agreed", "extendedDeadline", "2026-10-23", "extensionConsentRecorded", true);

    assertThat(driver.dueDate(driver.job(kase, "BoundaryEvent_MediationPeriodExpired"))).isEqualTo(LocalDateTime.of(2026, 10, 23, 23, 59, 59));
  }

  /** The same rule holds where no form guard stands (a system call): 16 days and a second extension are refused. */
  @Test
  void extensionWithoutTheFormIsHeldToTheSameRule() {
    ProcessInstance kase = sessionHeld();
    assertThatThrownBy(() -> systemRecordsExtension(kase, "2026-10-24")).hasMessageContaining("最多延长十五日");
    assertThat(lower(records.register(driver.businessKey(kase))).get("mediation_deadline").toString()).isEqualTo("2026-10-08");

    systemRecordsExtension(kase, "2026-10-23");
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-24T09:30", "sessionPlace", "中心第一调解室");
    assertThatThrownBy(() -> systemRecordsExtension(kase, "2026-10-26")).hasMessageContaining("已延长过一次");
    assertThat(lower(records.register(driver.businessKey(kase))).get("mediation_deadline").toString()).isEqualTo("2026-10-23");
  }

  private void systemRecordsExtension(ProcessInstance kase, String extendedDeadline) {
    engine.getTaskService().complete(driver.task(kase, "Task_RecordSession").getId(), java.util.Map.of("sessionNotes", "双方同意延期",
        "sessionResult", "extension_agreed", "extendedDeadline", extendedDeadline, "extensionConsentRecorded", true));
  }

  private ProcessInstance sessionHeld() {
    ProcessInstance kase = mediatingCase();
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    return kase;
  }

  @Test
  void employerAbsentEndsMediationAndGoesToArbitration() {
    ProcessInstance kase = mediatingCase();
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "被申请人经通知拒不到场", "sessionResult", "employer_absent");

    assertThat(driver.variable(kase, "mediationOutcome")).isEqualTo("employer_absent");
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_ArbitrationReferral");
  }

  private ProcessInstance mediatingCase() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);
    return kase;
  }

  /**
   * The contract on its own: CaseMediation started directly with the case's business key and only
   * its inputs (docs/case-process.md) walks to an agreement and leaves every output for the case.
   */
  @Test
  void mediationStartedWithOnlyItsContractInputsReturnsTheAgreementToTheCase() {
    ProcessInstance registered = driver.registerThroughStartForm(CaseDriver.walkIn());
    String caseNumber = driver.businessKey(registered);
    ProcessInstance mediation = driver.startCalledProcess(ProcessKeys.CASE_MEDIATION, caseNumber,
        driver.contractInputs(registered, ProcessKeys.CASE_MEDIATION, Map.of("mediatorPool", "mediator-union", "taskPriority", 50)));

    assertThat(driver.task(mediation, "Task_ScheduleSession").getPriority()).isEqualTo(50);
    assertThat(driver.dueDate(driver.task(mediation, "Task_ScheduleSession"))).isEqualTo(LocalDateTime.of(2026, 10, 8, 23, 59, 59));
    driver.complete(mediation, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(mediation, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方同意按12000元结清", "sessionResult", "agreement");
    driver.complete(mediation, "Task_DraftAgreement", "mediator", UNION_POOL,
        "agreedAmount", "12000", "agreementItems", "被申请人支付申请人2026年8月至10月工资", "agreementPays", List.of("labour_remuneration"),
        "performanceMode", "deferred", "performanceDueDate", "2026-10-15", "confirmationType", "judicial");

    BpmnAwareTests.assertThat(mediation).isEnded().hasPassed("Task_GenerateAgreementDocument", "EndEvent_MediationFinished");
    assertThat(records.noticeTemplates(caseNumber)).contains("session_scheduled");
    Map<String, Object> outputs = new HashMap<>();
    for (String name : CallContracts.ofModel().get(ProcessKeys.CASE_MEDIATION).outputs()) {
      outputs.put(name, driver.variable(mediation, name));
    }
    assertThat(outputs).containsOnly(
        entry("mediationOutcome", "agreement"), entry("mediationDeadline", "2026-10-08"),
        entry("agreedAmount", 12000.0), entry("agreementItems", "被申请人支付申请人2026年8月至10月工资"),
        entry("performanceMode", "deferred"), entry("performanceDueDate", "2026-10-15"),
        entry("confirmationType", "judicial"), entry("agreementDate", "2026-09-21"), entry("paymentOrderEligible", true));
  }
}
