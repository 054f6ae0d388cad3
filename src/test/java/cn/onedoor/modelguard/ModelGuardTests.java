package cn.onedoor.modelguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The model guard refuses each broken model of issue 15 before anything is stored, with 400 and a
 * reason naming file, element and rule, through {@code /engine-rest/deployment/create} as Camunda
 * Modeler sends it and in-process; a correct edit deploys and new cases follow it. The repository's
 * own models pass it at every start of this context.
 */
@OneDoorSpringTest
class ModelGuardTests {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void refusesAServiceTaskNamingABeanThatDoesNotExist() throws IOException {
    String broken = model("processes/LaborDisputeCase.bpmn").replaceFirst(
        "(id=\"Task_NotifyAccepted\" name=\"发送受理通知\" camunda:delegateExpression=\")#\\{sendNotificationDelegate}", "$1#{noSuchDelegate}");
    refused("LaborDisputeCase.bpmn", broken, "Task_NotifyAccepted", "引用了不存在的 Bean", "unknown bean", "noSuchDelegate");
  }

  @Test
  void refusesAListenerAndAnExpressionCallingABeanThatDoesNotExist() throws IOException {
    String listener = model("processes/LaborDisputeCase.bpmn").replace("#{applyTriageListener}", "#{applyTriageListner}");
    refused("LaborDisputeCase.bpmn", listener, "BusinessRuleTask_TriageCase", "unknown bean", "applyTriageListner");
    String expression = model("processes/CaseMediation.bpmn")
        .replace("${deadlines.endOf(mediationDeadline)}</bpmn:timeDate>", "${deadline.endOf(mediationDeadline)}</bpmn:timeDate>");
    refused("CaseMediation.bpmn", expression, "BoundaryEvent_MediationPeriodExpired", "unknown bean", "deadline");
  }

  @Test
  void refusesADueDateNamingAVariableNobodyProvides() throws IOException {
    String model = model("processes/LaborDisputeCase.bpmn");
    String dueDate = "${deadlines.due('ACCEPTANCE_DECISION', receivedDate)}";
    assertThat(model).contains(dueDate);
    String broken = model.replace(dueDate, dueDate.replace("receivedDate", "receiveDate"));
    refused("LaborDisputeCase.bpmn", broken, "Task_ReviewEligibility", "无人提供的变量", "variable nobody provides", "receiveDate");
  }

  @Test
  void refusesAGatewayConditionNamingAVariableNobodyProvides() throws IOException {
    String broken = model("processes/LaborDisputeCase.bpmn")
        .replace("${eligibilityDecision == 'accepted'}", "${eligibiltyDecision == 'accepted'}");
    refused("LaborDisputeCase.bpmn", broken, "SequenceFlow_Accepted", "variable nobody provides", "eligibiltyDecision");
  }

  @Test
  void refusesAFormRefThatResolvesNowhere() throws IOException {
    String broken = model("processes/LaborDisputeCase.bpmn")
        .replace("camunda:formRef=\"review-eligibility\"", "camunda:formRef=\"review-eligibilty\"");
    refused("LaborDisputeCase.bpmn", broken, "Task_ReviewEligibility", "表单在部署和引擎中都不存在", "formRef resolves", "review-eligibilty");
  }

  @Test
  void refusesAStatutoryTimerWithAHandTypedDuration() throws IOException {
    String broken = model("processes/CaseMediation.bpmn").replace(
        "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.endOf(mediationDeadline)}</bpmn:timeDate>",
        "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P15D</bpmn:timeDuration>");
    refused("CaseMediation.bpmn", broken, "BoundaryEvent_MediationPeriodExpired", "未经法定日历计算", "statutory calendar", "P15D");
  }

  @Test
  void acceptsTheHandOffExternalTasksAndRefusesATopicNoWorkerServes() throws IOException {
    String model = model("processes/LitigationReferral.bpmn");
    String topic = "camunda:type=\"external\" camunda:topic=\"handoff-litigation-referral\"";
    assertThat(model).contains(topic);
    assertThat(problems("LitigationReferral.bpmn", model)).isEmpty();
    // another known topic is accepted as well (a model may hand over with another filing)
    assertThat(problems("LitigationReferral.bpmn", model.replace(topic, topic.replace("handoff-litigation-referral", "handoff-payment-order-application"))))
        .isEmpty();
    // a misspelt topic would wait for ever with no incident: refused through both doors
    String misspelt = model.replace(topic, topic.replace("handoff-litigation-referral", "handoff-litigation-referal"));
    refused("LitigationReferral.bpmn", misspelt, "Task_HandOverToCourt", "外部任务的主题无人处理", "no worker of the application fetches",
        "handoff-litigation-referal", "handoff-litigation-referral");
    // an external task without a topic too (the engine's parser says so as well)
    refused("LitigationReferral.bpmn", model.replace(" camunda:topic=\"handoff-litigation-referral\"", ""), "Task_HandOverToCourt",
        "topic");
  }

  @Test
  void acceptsAHandTypedTimerMarkedTechnical() throws IOException {
    String technical = model("processes/CaseMediation.bpmn").replace(
        "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${deadlines.endOf(mediationDeadline)}</bpmn:timeDate>",
        "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P15D</bpmn:timeDuration>");
    int at = technical.indexOf("<bpmn:timeDuration");
    int event = technical.lastIndexOf("<bpmn:boundaryEvent", at);
    int open = technical.indexOf('>', event) + 1;
    technical = technical.substring(0, open) + "<bpmn:extensionElements><camunda:properties>"
        + "<camunda:property name=\"onedoor.timer\" value=\"technical\" /></camunda:properties></bpmn:extensionElements>"
        + technical.substring(open);
    assertThat(problems("CaseMediation.bpmn", technical)).noneMatch(p -> p.rule() == ModelRule.NON_STATUTORY_TIMER);
  }

  @Test
  void refusesACandidateGroupThatDoesNotExist() throws IOException {
    String broken = model("processes/LaborDisputeCase.bpmn")
        .replace("camunda:candidateGroups=\"intake-clerk\" camunda:dueDate", "camunda:candidateGroups=\"intake-clerc\" camunda:dueDate");
    refused("LaborDisputeCase.bpmn", broken, "Task_ReviewEligibility", "不存在的用户组", "group does not exist", "intake-clerc");
  }

  @Test
  void refusesATriageDecisionNamingAPoolThatDoesNotExist() throws IOException {
    String broken = model("processes/Decision_Triage.dmn").replace("<text>\"mediator-union\"</text>", "<text>\"mediator-unoin\"</text>");
    assertThat(broken).contains("mediator-unoin");
    refused("Decision_Triage.dmn", broken, "Rule_", "group does not exist", "mediatorPool=mediator-unoin");
  }

  @Test
  void refusesANewFileTakingOverADeployedProcessIdUnlessTheDeploymentSaysSo() throws IOException {
    String copy = model("processes/LitigationReferral.bpmn").replace("name=\"引导诉讼\" isExecutable", "name=\"引导诉讼（新）\" isExecutable");
    refused("CourtReferral.bpmn", copy, "LitigationReferral", "接管了另一文件", "takes over", "LitigationReferral.bpmn",
        "takes-over:LitigationReferral.bpmn");
    assertThat(problems("CourtReferral.bpmn takes-over:LitigationReferral.bpmn", "CourtReferral.bpmn", copy))
        .noneMatch(p -> p.rule() == ModelRule.TAKEOVER);
  }

  @Test
  void refusesAFormThatIsJsonButNoFormJsSchema() {
    String notAForm = "{\"id\": \"review-eligibility\", \"fields\": [{\"name\": \"eligibilityDecision\"}]}";
    refused("review-eligibility.form", notAForm, "review-eligibility", "不是有效的 Camunda 表单", "form-js schema", "components");
    String badComponent = "{\"id\": \"review-eligibility\", \"type\": \"default\", \"components\": [{\"type\": \"dropdown\", \"key\": \"x\"},"
        + " {\"type\": \"textfield\", \"label\": \"无键\"}]}";
    refused("review-eligibility.form", badComponent, "review-eligibility", "unknown type 'dropdown'", "has no key");
  }

  @Test
  void refusesAFormWithoutId() throws IOException {
    String noId = model("forms/review-eligibility.form").replaceFirst("\"id\": \"review-eligibility\",?", "");
    assertThat(noId).doesNotContain("\"id\": \"review-eligibility\"");
    refused("review-eligibility.form", noId, "-", "缺少表单 id", "the form has no id");
  }

  @Test
  void refusesAProcessWithoutHistoryTimeToLive() throws IOException {
    String broken = model("processes/FreeConsultation.bpmn").replace(" camunda:historyTimeToLive=\"P3650D\"", "");
    refused("FreeConsultation.bpmn", broken, "FreeConsultation", "historyTimeToLive");
  }

  @Test
  void refusesXmlThatDoesNotParseAs400() throws IOException {
    String model = model("processes/FreeConsultation.bpmn");
    refused("FreeConsultation.bpmn", model.substring(0, model.length() / 2), "-", "XML 无法解析", "XML cannot be parsed", "line ");
    String dmn = model("processes/Decision_Triage.dmn").replace("</definitions>", "");
    refused("Decision_Triage.dmn", dmn, "-", "XML cannot be parsed");
  }

  @Test
  void refusesWhatOnlyTheEngineFindsAs400NamingTheElement() throws IOException {
    String broken = model("processes/FreeConsultation.bpmn").replace(
        "targetRef=\"Task_GiveConsultation\" />", "targetRef=\"Task_GiveConsultatio\" />");
    refused("FreeConsultation.bpmn", broken, "SequenceFlow_ConsultationRequested", "引擎无法解析模型", "the engine cannot parse");
  }

  @Test
  void cockpitsDeploymentThroughTheWebappsEngineApiIsRefusedTheSameWay() throws IOException {
    String broken = model("processes/LaborDisputeCase.bpmn").replaceFirst(
        "(id=\"Task_NotifyAccepted\" name=\"发送受理通知\" camunda:delegateExpression=\")#\\{sendNotificationDelegate}", "$1#{noSuchDelegate}");
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    HttpTestClient cockpit = HttpTestClient.anonymous(port);
    assertThat(cockpit.webappLogin("cockpit", "admin", "demo").statusCode()).isEqualTo(200);
    HttpResponse<String> response = cockpit.postMultipart("/camunda/api/engine/engine/default/deployment/create",
        Map.of("deployment-name", "LaborDisputeCase.bpmn", "enable-duplicate-filtering", "true"),
        "LaborDisputeCase.bpmn", broken.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("message").asText())
        .contains("文件 LaborDisputeCase.bpmn", "Task_NotifyAccepted", "unknown bean", "noSuchDelegate");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void refusesADecisionTheEngineCannotReadAs400() throws IOException {
    String broken = model("processes/Decision_Triage.dmn").replace("hitPolicy=\"FIRST\"", "hitPolicy=\"BOGUS\"");
    assertThat(broken).contains("hitPolicy=\"BOGUS\"");
    refused("Decision_Triage.dmn", broken, "-", "引擎无法解析模型", "the engine cannot parse");
  }

  @Test
  void aCorrectEditDeploysAndNewCasesFollowIt() throws IOException {
    String edited = model("processes/FreeConsultation.bpmn").replace("name=\"提供法律咨询\"", "name=\"提供免费法律咨询\"");
    HttpResponse<String> response = modelerDeploy("FreeConsultation.bpmn", edited);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String deploymentId = JSON.readTree(response.body()).get("id").asText();
    try {
      ProcessInstance consultation = engine.getRuntimeService().startProcessInstanceByKey("FreeConsultation");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(consultation.getId()).singleResult().getName())
          .isEqualTo("提供免费法律咨询");
      engine.getRuntimeService().deleteProcessInstance(consultation.getId(), "test");
    } finally {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void everyRepositoryModelPassesTheGuardOnItsOwn() throws IOException {
    // the context's start-up deployment passed with all of them together; Modeler deploys one file at a time
    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.toList()) {
        assertThat(problems(file.getFileName().toString(), Files.readString(file))).as(file.toString()).isEmpty();
      }
    }
    try (var files = Files.list(Path.of("forms"))) {
      for (Path file : files.toList()) {
        assertThat(problems(file.getFileName().toString(), Files.readString(file))).as(file.toString()).isEmpty();
      }
    }
  }

  // helpers -------------------------------------------------------------------------------------

  static String model(String path) throws IOException {
    return Files.readString(Path.of(path));
  }

  /** Refused through both doors (REST as Modeler, in-process), with every text in the reason, and nothing stored. */
  void refused(String file, String content, String elementId, String... reason) {
    RepositoryService repository = engine.getRepositoryService();
    long deployments = repository.createDeploymentQuery().count();
    long definitions = repository.createProcessDefinitionQuery().count() + repository.createDecisionDefinitionQuery().count();

    HttpResponse<String> response = modelerDeploy(file, content);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    String message;
    try {
      message = JSON.readTree(response.body()).get("message").asText();
    } catch (IOException e) {
      throw new AssertionError(response.body(), e);
    }
    assertThat(message).contains("文件 " + file, "file " + file, elementId).contains(reason).doesNotContain("[OD-");

    assertThatThrownBy(() -> repository.createDeployment().name(file).source("Camunda Modeler").enableDuplicateFiltering(true)
        .addString(file, content).deploy())
        .isInstanceOf(ModelRefusedException.class)
        .hasMessageContaining(elementId).hasMessageContainingAll(reason);

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().count() + repository.createDecisionDefinitionQuery().count())
        .isEqualTo(definitions);
  }

  /** What the guard finds, in-process (an empty list means it deployed; that deployment is taken back). */
  java.util.List<ModelProblem> problems(String file, String content) {
    return problems(file, file, content);
  }

  java.util.List<ModelProblem> problems(String deploymentName, String file, String content) {
    try {
      Deployment deployment = engine.getRepositoryService().createDeployment().name(deploymentName)
          .addString(file, content).deploy();
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
      return java.util.List.of();
    } catch (ModelRefusedException e) {
      return e.problems();
    }
  }

  /** POST /engine-rest/deployment/create exactly as Camunda Modeler 5.x sends it, as admin. */
  HttpResponse<String> modelerDeploy(String file, String content) {
    return HttpTestClient.basic(port, "admin", "demo").postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", file, "deployment-source", "Camunda Modeler", "enable-duplicate-filtering", "true"),
        file, content.getBytes(StandardCharsets.UTF_8));
  }
}
