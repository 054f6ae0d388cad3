package cn.onedoor.migration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.models.BundledModels;
import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Running cases move from the repository's version of the case processes to a version an
 * administrator edited and deployed (every task renamed, one step removed in CaseMediation), through
 * {@code /api/migration/**} as the migration page calls it: cases waiting at every user task, receive
 * task, timer / event gateway and call activity of the repository's five case models. The migration is asked
 * for the cases the test placed (and those their call activities started) by {@code processInstanceIds}, as an
 * administrator moves a batch: other tests' cases stay where they are. The edited deployment is deleted
 * afterwards, with the cases the test placed.
 */
@OneDoorSpringTest
class CaseMigrationTests {

  static final List<String> CASE_PROCESSES = List.of("LaborDisputeCase", "CaseMediation", "CaseAgreement", "ArbitrationReferral", "LitigationReferral");
  static final String EDIT = "（新版）";

  @Autowired ProcessEngine engine;
  @Autowired BundledModels bundled;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private Set<String> deploymentsBefore;
  private final List<String> placed = new ArrayList<>();

  @BeforeEach
  void rememberDeployments() {
    deploymentsBefore = engine.getRepositoryService().createDeploymentQuery().list().stream()
        .map(Deployment::getId).collect(Collectors.toSet());
  }

  @AfterEach
  void deleteTheEditedVersionAndThePlacedCases() {
    for (String id : placed) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(id, "test over", true, true);
      }
    }
    for (Deployment deployment : engine.getRepositoryService().createDeploymentQuery().list()) {
      if (!deploymentsBefore.contains(deployment.getId())) {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true, true);
      }
    }
  }

  @Test
  void casesAtEveryWaitStateMigrateToAnEditedVersionWithAReportAndTheirTasksTakeTheNewNames() throws IOException {
    Map<String, ProcessDefinition> repositoryVersions = new LinkedHashMap<>();
    Map<String, Map<String, String>> casesByProcess = new LinkedHashMap<>();
    for (String key : CASE_PROCESSES) {
      ProcessDefinition definition = latest(key);
      repositoryVersions.put(key, definition);
      casesByProcess.put(key, placeAtEveryWaitState(definition));
    }
    assertThat(casesByProcess.get("LaborDisputeCase")).containsKeys("Task_ReviewEligibility", "CallActivity_Mediation",
        "CallActivity_Agreement");
    assertThat(casesByProcess.get("CaseAgreement")).containsKeys("Task_AssistConfirmation", "ReceiveTask_ConfirmationDecided",
        "TimerEvent_PerformanceDue", "Task_ConfirmPerformance", "ReceiveTask_PaymentOrderDecided");
    assertThat(casesByProcess.get("ArbitrationReferral")).containsKeys("Gateway_AwaitAcceptance", "Gateway_AwaitAward");
    assertThat(casesByProcess.get("CaseMediation")).containsKeys("Task_ScheduleSession", "Task_RecordSession", "Task_DraftAgreement");
    assertThat(casesByProcess.get("LitigationReferral")).containsKeys("ReceiveTask_CourtReceipt", "Task_CorrectCourtReferral");

    deployEditedVersionAsAdministrator();

    HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");
    Set<String> ourCases = withCalledInstances(placed);
    for (String key : CASE_PROCESSES) {
      String source = repositoryVersions.get(key).getId();
      String target = latest(key).getId();
      assertThat(target).isNotEqualTo(source);
      // the cases placed here, and those that the LaborDisputeCase cases at a call activity started
      List<String> ours = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(source)
          .processInstanceIds(ourCases).list().stream().map(ProcessInstance::getId).toList();
      String request = json.writeValueAsString(Map.of("sourceDefinitionId", source, "targetDefinitionId", target,
          "processInstanceIds", ours));

      JsonNode plan = ok(admin.postJson("/api/migration/plan", request));
      assertThat(plan.get("planErrors")).isEmpty();
      assertThat(plan.get("instructions").findValuesAsText("targetName")).as(key).anyMatch(name -> name.endsWith(EDIT));

      Map<String, String> cases = casesByProcess.get(key);
      JsonNode check = ok(admin.postJson("/api/migration/check", request));
      int running = check.get("total").asInt();
      assertThat(running).isEqualTo(ours.size()).isGreaterThanOrEqualTo(cases.size());
      if (key.equals("CaseMediation")) {
        // the edited CaseMediation has no Task_RecordSession: its case cannot move as it is
        assertThat(plan.get("unmappedActivities").findValuesAsText("activityId")).contains("Task_RecordSession");
        // the case waiting at the removed step is blocked, for that reason, and only it
        List<String> blockedCases = blocked(check);
        assertThat(blockedCases).containsExactly(cases.get("Task_RecordSession"));
        check.get("cases").forEach(c -> {
          if (!c.get("movable").asBoolean()) {
            assertThat(c.get("activeActivities").toString()).contains("Task_RecordSession");
          }
        });
        assertThat(check.toString()).contains("目标版本中没有这一步骤");
        JsonNode report = ok(admin.postJson("/api/migration/migrate", request));
        assertThat(report.get("migrated").asInt()).as("blocked cases do not stop the others").isEqualTo(running - blockedCases.size());
        assertThat(report.get("failed").asInt()).isEqualTo(blockedCases.size());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cases.get("Task_RecordSession"))
            .singleResult().getProcessDefinitionId()).isEqualTo(source);

        String removed = json.writeValueAsString(Map.of("sourceDefinitionId", source, "targetDefinitionId", target,
            "removedSteps", Map.of("Task_RecordSession", "Task_ScheduleSession"),
            "processInstanceIds", List.of(cases.get("Task_RecordSession"))));
        JsonNode moved = ok(admin.postJson("/api/migration/migrate", removed));
        assertThat(moved.get("migrated").asInt()).isEqualTo(1);
        assertThat(moved.get("cases").get(0).get("removedStepsUsed").get("Task_RecordSession").asText()).isEqualTo("Task_ScheduleSession");
        Task rescheduled = engine.getTaskService().createTaskQuery().processInstanceId(cases.get("Task_RecordSession")).singleResult();
        assertThat(rescheduled.getTaskDefinitionKey()).isEqualTo("Task_ScheduleSession");
        assertThat(rescheduled.getName()).endsWith(EDIT);
      } else {
        assertThat(blocked(check)).as(key + ": " + check).isEmpty();
        assertThat(check.get("movable").asInt()).isEqualTo(running);
        JsonNode report = ok(admin.postJson("/api/migration/migrate", request));
        assertThat(report.get("migrated").asInt()).as(key + ": " + report).isEqualTo(running);
        assertThat(report.get("failed").asInt()).isZero();
      }

      for (Map.Entry<String, String> placedCase : cases.entrySet()) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(placedCase.getValue()).singleResult();
        assertThat(instance.getProcessDefinitionId()).as(placedCase.getKey()).isEqualTo(target);
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
          assertThat(task.getName()).as("task of the case at " + placedCase.getKey()).endsWith(EDIT);
        }
      }
    }
    String timerCase = casesByProcess.get("CaseAgreement").get("TimerEvent_PerformanceDue");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(timerCase).timers().singleResult()
        .getProcessDefinitionId()).as("the timer moved with its case").isEqualTo(latest("CaseAgreement").getId());
  }

  @Test
  void theMigrationApiRefusesOtherRolesUnknownVersionsAndBadBodies() throws IOException {
    HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");
    String known = latest("LaborDisputeCase").getId();
    for (String user : List.of("supervisor", "clerk", "mediator", "mediator2", "lawyer", "expert")) {
      HttpResponse<String> refused = HttpTestClient.basic(port, user, "demo").postJson("/api/migration/plan",
          "{\"sourceDefinitionId\":\"" + known + "\",\"targetDefinitionId\":\"" + known + "\"}");
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(json.readTree(refused.body()).get("message").asText()).contains("无权");
      assertThat(HttpTestClient.basic(port, user, "demo").get("/api/migration/definitions").statusCode()).isEqualTo(403);
    }
    assertThat(HttpTestClient.anonymous(port).get("/api/migration/definitions").statusCode()).isEqualTo(401);

    HttpResponse<String> unknown = admin.postJson("/api/migration/check",
        "{\"sourceDefinitionId\":\"LaborDisputeCase:99:nope\",\"targetDefinitionId\":\"" + known + "\"}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json.readTree(unknown.body()).get("message").asText()).contains("原版本不存在");
    HttpResponse<String> same = admin.postJson("/api/migration/plan",
        "{\"sourceDefinitionId\":\"" + known + "\",\"targetDefinitionId\":\"" + known + "\"}");
    assertThat(same.statusCode()).isEqualTo(400);
    HttpResponse<String> otherProcess = admin.postJson("/api/migration/plan",
        "{\"sourceDefinitionId\":\"" + known + "\",\"targetDefinitionId\":\"" + latest("CaseMediation").getId() + "\"}");
    assertThat(otherProcess.statusCode()).isEqualTo(400);
    assertThat(json.readTree(otherProcess.body()).get("message").asText()).contains("不是同一个流程");
    HttpResponse<String> missing = admin.postJson("/api/migration/plan", "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json.readTree(missing.body()).get("message").asText()).contains("请指定原版本");
    HttpResponse<String> malformed = admin.postJson("/api/migration/migrate", "{\"sourceDefinitionId\": ");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json.readTree(malformed.body()).get("message").asText()).contains("JSON");
    HttpResponse<String> oversized = admin.send(admin.request("/api/migration/migrate").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "a".repeat(1_100_000) + "\"}")));
    assertThat(oversized.statusCode()).isEqualTo(413);
  }

  @Test
  void thePageAndCockpitsModelPanelReachTheApiWithTheWebappSession() throws IOException {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    HttpResponse<String> page = browser.send(browser.request("/dashboard/migration.html").header("Accept", "text/html").GET());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"zh-CN\">", "案件迁移", "migration.js");
    assertThat(browser.get("/dashboard/migration.js").body()).contains("/migration/plan", "/migration/check", "/migration/migrate", "X-XSRF-TOKEN");
    assertThat(browser.get("/camunda/app/cockpit/scripts/config.js").body()).contains("scripts/onedoor/model-drift.js");
    assertThat(browser.get("/camunda/app/cockpit/scripts/onedoor/model-drift.js").body())
        .contains("pluginPoint: 'cockpit.dashboard'", "/api/system/status", "modelDrift", "/api/models/export", "/dashboard/migration.html");

    assertThat(browser.webappLogin("cockpit", "admin", "demo").statusCode()).isEqualTo(200);
    HttpResponse<String> definitions = browser.get("/api/migration/definitions");
    assertThat(definitions.statusCode()).isEqualTo(200);
    // the page lists processes by their Chinese names (the key in brackets)
    assertThat(definitions.body()).contains("\"key\":\"LaborDisputeCase\",\"name\":\"劳动人事争议案件\"");
    assertThat(browser.get("/dashboard/migration.js").body()).contains("name + '（' + k + '）'");
    String known = latest("LaborDisputeCase").getId();
    String body = "{\"sourceDefinitionId\":\"" + known + "\",\"targetDefinitionId\":\"" + known + "\"}";
    assertThat(browser.postJson("/api/migration/plan", body).statusCode()).as("a session POST without the CSRF token").isEqualTo(401);
    HttpResponse<String> withToken = browser.send(browser.request("/api/migration/plan").header("X-XSRF-TOKEN", browser.csrfToken())
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(400);
    assertThat(json.readTree(withToken.body()).get("message").asText()).contains("相同");

    HttpTestClient supervisor = HttpTestClient.anonymous(port);
    assertThat(supervisor.webappLogin("cockpit", "supervisor", "demo").statusCode()).isEqualTo(200);
    assertThat(supervisor.get("/api/migration/definitions").statusCode()).isEqualTo(403);
  }

  // --- cases at every wait state

  /** {@code roots} and every process instance they started by a call activity, at any depth. */
  private Set<String> withCalledInstances(List<String> roots) {
    Set<String> all = new java.util.LinkedHashSet<>(roots);
    List<String> level = roots;
    while (!level.isEmpty()) {
      List<String> called = new ArrayList<>();
      for (String id : level) {
        engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(id).list().stream()
            .map(ProcessInstance::getId).filter(all::add).forEach(called::add);
      }
      level = called;
    }
    return all;
  }

  /** One case per wait state of {@code definition}: activity id -> process instance id. */
  private Map<String, String> placeAtEveryWaitState(ProcessDefinition definition) {
    Map<String, String> cases = new LinkedHashMap<>();
    var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    List<FlowNode> waits = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean afterEventGateway = node.getIncoming().stream().map(SequenceFlow::getSource).anyMatch(EventBasedGateway.class::isInstance);
      if (node instanceof UserTask || node instanceof ReceiveTask || node instanceof EventBasedGateway || node instanceof CallActivity
          || (node instanceof IntermediateCatchEvent && !afterEventGateway)) {
        waits.add(node);
      }
    }
    for (FlowNode node : waits) {
      ProcessInstance instance = engine.getRuntimeService().createProcessInstanceById(definition.getId())
          .businessKey("迁移测试-" + definition.getKey() + "-" + node.getId())
          .setVariables(caseVariables(definition.getKey() + "-" + node.getId()))
          .startBeforeActivity(node.getId()).execute(true, true);
      placed.add(instance.getId());
      assertThat(engine.getRuntimeService().getActiveActivityIds(instance.getId())).as(node.getId()).contains(node.getId());
      cases.put(node.getId(), instance.getId());
    }
    return cases;
  }

  private static Map<String, Object> caseVariables(String tag) {
    Map<String, Object> variables = new HashMap<>(CaseFixtures.walkInCase());
    variables.put("caseNumber", "迁移测试-" + tag);
    variables.put("receivedDate", "2026-11-02");
    variables.put("mediationDeadline", "2026-11-20");
    variables.put("agreementDate", "2026-11-10");
    variables.put("performanceDueDate", "2026-12-30");
    // an agreement to be confirmed by the court and paid later (CaseAgreement's gateways read these)
    variables.put("confirmationType", "judicial");
    variables.put("performanceMode", "deferred");
    variables.put("agreedAmount", 12000.0);
    variables.put("agreementItems", "被申请人于2026年12月30日前支付工资12000元");
    variables.put("paymentOrderEligible", true);
    variables.put("handedOverDate", "2026-11-05");
    variables.put("awardDeadline", "2027-01-29");
    variables.put("mediatorPool", "mediator-union");
    variables.put("taskPriority", 50);
    variables.put("priority", "normal");
    variables.put("expertConsultation", false);
    return variables;
  }

  // --- the edited version

  /** Every user task renamed; in CaseMediation, Task_RecordSession is gone (renamed id). Deployed as an administrator. */
  private void deployEditedVersionAsAdministrator() {
    Map<String, byte[]> files = bundled.read();
    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    try {
      DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("edited-case-processes")
          .source("Camunda Modeler");
      for (String key : CASE_PROCESSES) {
        String xml = new String(files.get("processes/" + key + ".bpmn"), StandardCharsets.UTF_8);
        var model = engine.getRepositoryService().getBpmnModelInstance(latest(key).getId());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          xml = xml.replace("id=\"" + task.getId() + "\" name=\"" + task.getName() + "\"",
              "id=\"" + task.getId() + "\" name=\"" + task.getName() + EDIT + "\"");
          assertThat(xml).contains(task.getName() + EDIT);
        }
        if (key.equals("CaseMediation")) {
          xml = xml.replace("Task_RecordSession", "Task_RecordSessionRevised");
        }
        deployment.addString(key + ".bpmn", xml);
      }
      deployment.deploy();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessDefinition latest(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private JsonNode ok(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> blocked(JsonNode check) {
    List<String> ids = new ArrayList<>();
    check.get("cases").forEach(c -> {
      if (!c.get("movable").asBoolean()) {
        ids.add(c.get("processInstanceId").asText());
      }
    });
    return ids;
  }
}
