package cn.onedoor.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.CaseProcessTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** The duty lawyer's free consultation: advice only, or a case without telling the story twice. */
class FreeConsultationTests extends CaseProcessTest {

  static final List<String> LAWYERS = List.of("duty-lawyer");


  @Test
  void consultationEndsWithAdvice() {
    ProcessInstance consultation = start();
    driver.complete(consultation, "Task_GiveConsultation", "lawyer", LAWYERS,
        "advice", "可先申请调解，调解不成可申请仲裁", "consultationResult", "advice_only");

    BpmnAwareTests.assertThat(consultation).isEnded().hasPassed("EndEvent_ConsultationOnly");
    assertThat(driver.variable(consultation, "outcome")).isEqualTo("consultation_only");
  }

  @Test
  void consultationBecomesACaseWithTheDataTheLawyerRecorded() {
    ProcessInstance consultation = start();
    Map<String, Object> values = new HashMap<>(CaseFixtures.walkInCase());
    values.remove("channel");
    values.remove("applicationReadBack"); // a start-form question, not the lawyer's
    values.put("advice", "建议申请调解");
    values.put("consultationResult", "register_case");
    Object[] pairs = values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    driver.complete(consultation, "Task_GiveConsultation", "lawyer", LAWYERS, pairs);

    BpmnAwareTests.assertThat(consultation).isEnded().hasPassed("EndEvent_ForwardedToIntake");
    assertThat(driver.variable(consultation, "outcome")).isEqualTo("registered_as_case");
    String caseInstance = (String) driver.variable(consultation, "caseProcessInstanceId");
    ProcessInstance kase = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseInstance).singleResult();
    BpmnAwareTests.assertThat(kase).isWaitingAt("Task_ReviewEligibility");
    assertThat(engine.getRuntimeService().getVariable(caseInstance, "channel")).isEqualTo("consultation");
    assertThat(kase.getBusinessKey()).matches("吉劳调〔2026〕\\d{4}号");
  }

  @Test
  void aConsultationCompletedWithAnImmutableMapStillKeepsTheWorkersDataOutOfTheEngine() {
    ProcessInstance consultation = start();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(consultation.getId()).singleResult().getId();
    Map<String, Object> form = Map.ofEntries(Map.entry("advice", "建议申请调解"), Map.entry("consultationResult", "register_case"),
        Map.entry("applicantName", "赵小红"), Map.entry("applicantIdNumber", "110101199003078515"),
        Map.entry("applicantPhone", "13800138000"), Map.entry("employerName", "吉安市某某制衣有限公司"),
        Map.entry("employerCreditCode", "91360802MA35L0JX7X"), Map.entry("disputeType", "wages"),
        Map.entry("claimAmount", "12800.00"), Map.entry("claimDescription", "拖欠2026年8月至10月工资"),
        Map.entry("workerCount", 1L), Map.entry("knownDate", "2026-08-31"));

    driver.as("lawyer", LAWYERS, () -> {
      engine.getTaskService().complete(taskId, form);
      return null;
    });

    String caseInstance = (String) driver.variable(consultation, "caseProcessInstanceId");
    String caseNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseInstance).singleResult().getBusinessKey();
    assertThat(records.count("select count(*) from case_party where case_number = ? and id_number = ?", caseNumber, "110101199003078515"))
        .isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(consultation.getId())
        .variableName("applicantIdNumber").count()).isZero();
  }

  private ProcessInstance start() {
    return driver.as("lawyer", LAWYERS, () -> {
      String definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("FreeConsultation").latestVersion().singleResult().getId();
      return engine.getFormService().submitStartForm(definition, Map.of(
          "consultantName", "赵小红", "consultationTopic", "wages", "question", "公司拖欠三个月工资怎么办？"));
    });
  }
}
