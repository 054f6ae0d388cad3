package cn.onedoor.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A step that computes right after a user's completion runs behind an async boundary: when it fails,
 * the mediator's completion still succeeds, and the failure is an incident on the supervisor's
 * dashboard instead of a 500 at the form.
 */
class FailuresAfterUserTasksTests extends CaseProcessTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void aFailingAgreementDocumentIsAnIncidentOnTheDashboardAndTheMediatorsTaskStaysCompleted() throws Exception {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    String caseNumber = driver.businessKey(kase);
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true);
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-22T14:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL,
        "sessionNotes", "双方同意按12000元结清", "sessionResult", "agreement");
    Task draft = driver.task(kase, "Task_DraftAgreement");

    // due tomorrow: valid when the mediator submits it
    HttpResponse<String> completion = HttpTestClient.basic(port, "mediator", "demo").postJson(
        "/engine-rest/task/" + draft.getId() + "/submit-form", """
            {"variables": {"agreedAmount": {"value": "12000"}, "agreementItems": {"value": "被申请人支付申请人工资12000元"},
             "agreementPays": {"value": "[\\"labour_remuneration\\"]", "type": "Json"},
             "performanceMode": {"value": "deferred"}, "performanceDueDate": {"value": "2026-09-22"},
             "confirmationType": {"value": "none"}}}""");
    assertThat(completion.statusCode()).as(completion.body()).isEqualTo(204);

    HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(draft.getId()).singleResult();
    assertThat(done.getEndTime()).as("the mediator's task is completed").isNotNull();

    // the job executor was down for two days: 生成调解协议书 now finds the due date in the past and fails
    driver.today(MONDAY_BEFORE_NATIONAL_DAY.plusDays(2));
    Job job = driver.job(kase, "Task_GenerateAgreementDocument");
    for (int attempt = 1; attempt <= 3; attempt++) { // the retry cycle R3/PT5M, as the job executor would run it
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).hasMessageContaining("履行期限");
    }
    assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();

    Incident incident = engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(job.getProcessInstanceId()).configuration(job.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("Task_GenerateAgreementDocument");

    List<JsonNode> listed = new ArrayList<>();
    JSON.readTree(HttpTestClient.basic(port, "supervisor", "demo").get("/api/reports/incidents?size=200").body()).get("items").forEach(row -> {
      if (caseNumber.equals(row.path("caseNumber").asText())) {
        listed.add(row);
      }
    });
    assertThat(listed).singleElement().satisfies(row -> {
      assertThat(row.get("activityId").asText()).isEqualTo("Task_GenerateAgreementDocument");
      assertThat(row.get("activityName").asText()).isEqualTo("生成调解协议书");
      assertThat(row.get("message").asText()).contains("履行期限");
    });
  }
}
