package cn.onedoor.models;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.models.ModelInventory.ModelState;
import cn.onedoor.models.ModelInventory.State;
import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Releases keep administrators' edits, deployments carry their forms and called processes along,
 * and running cases keep the models they started with. Administrators' deployments go through
 * {@code /engine-rest/deployment/create} as Camunda Modeler sends them; a restart is the start-up
 * deployment run again on the bundled files of "the next build". Every deployment a test makes is
 * deleted afterwards, so the shared context runs the repository's models again.
 */
@OneDoorSpringTest
class ModelReleaseTests {

  @Autowired ProcessEngine engine;
  @Autowired BundledModels bundled;
  @LocalServerPort int port;

  private Set<String> deploymentsBefore;

  @BeforeEach
  void rememberDeployments() {
    deploymentsBefore = deploymentIds();
  }

  @AfterEach
  void deleteTheTestsDeployments() {
    for (Deployment deployment : engine.getRepositoryService().createDeploymentQuery().orderByDeploymentTime().desc().list()) {
      if (!deploymentsBefore.contains(deployment.getId())) {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true, true);
      }
    }
  }

  @Test
  void aRestartWithAnUnrelatedFormChangedKeepsTheAdministratorsModelsReportsTheDriftAndExportsThem() throws IOException {
    Map<String, byte[]> files = bundled.read();
    byte[] editedCase = replace(files.get("processes/LaborDisputeCase.bpmn"), "name=\"审查受理条件\"", "name=\"审查受理条件（管理员修订）\"");
    byte[] editedTriage = replace(files.get("processes/Decision_Triage.dmn"), "name=\"分派调解资源\"", "name=\"分派调解资源（管理员修订）\"");
    assertThat(deployAsModeler("LaborDisputeCase.bpmn", editedCase).statusCode()).isEqualTo(200);
    assertThat(deployAsModeler("Decision_Triage.dmn", editedTriage).statusCode()).isEqualTo(200);

    Map<String, byte[]> nextBuild = new TreeMap<>(files);
    nextBuild.put("forms/give-consultation.form", replace(files.get("forms/give-consultation.form"), "\"解答意见\"", "\"解答意见（新版）\""));
    List<ModelState> states = ModelReleasePlugin.deployBundled(engine, nextBuild, "the next build");

    assertThat(latestProcessBytes("LaborDisputeCase")).as("the administrator's case model survives the release").isEqualTo(editedCase);
    assertThat(latestDecisionBytes("Decision_Triage")).as("the administrator's triage rules survive the release").isEqualTo(editedTriage);
    assertThat(state(states, "processes/LaborDisputeCase.bpmn")).isEqualTo(State.ADMIN_VERSION);
    assertThat(state(states, "processes/Decision_Triage.dmn")).isEqualTo(State.ADMIN_VERSION);
    assertThat(state(states, "forms/give-consultation.form")).isEqualTo(State.RELEASE_NEWER);
    assertThat(state(states, "processes/CaseMediation.bpmn")).isEqualTo(State.IN_SYNC);
    Deployment release = engine.getRepositoryService().createDeploymentQuery()
        .deploymentSource(ModelInventory.RELEASE_SOURCE).orderByDeploymentTime().desc().listPage(0, 1).get(0);
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(release.getId()))
        .as("only the changed form, with the process that shows it (and that process's other form) and the manifest")
        .containsExactlyInAnyOrder("forms/give-consultation.form", "processes/FreeConsultation.bpmn",
            "forms/start-consultation.form", ModelInventory.MANIFEST);
    assertThat(new String(latestProcessResource("FreeConsultation", "give-consultation"), StandardCharsets.UTF_8))
        .contains("解答意见（新版）");

    int deployments = deploymentIds().size();
    ModelReleasePlugin.deployBundled(engine, nextBuild, "the same build again");
    assertThat(deploymentIds()).as("a restart of the same build deploys nothing").hasSize(deployments);

    HttpResponse<String> status = HttpTestClient.basic(port, "supervisor", "demo").get("/api/system/status");
    assertThat(status.statusCode()).isEqualTo(200);
    JsonNode drift = new ObjectMapper().readTree(status.body()).get("modelDrift");
    assertThat(drift.findValuesAsText("key")).containsExactlyInAnyOrder("LaborDisputeCase", "Decision_Triage");
    assertThat(drift.findValuesAsText("message")).allSatisfy(message -> assertThat(message).contains("管理员部署", "已保留"));
    assertThat(drift.findValuesAsText("deploymentSource")).containsOnly("Camunda Modeler");

    HttpResponse<byte[]> export = HttpTestClient.basic(port, "admin", "demo").getBytes("/api/models/export");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");
    Map<String, byte[]> zip = unzip(export.body());
    assertThat(zip.get("processes/LaborDisputeCase.bpmn")).isEqualTo(editedCase);
    assertThat(zip.get("processes/Decision_Triage.dmn")).isEqualTo(editedTriage);
    assertThat(zip.get("processes/CaseMediation.bpmn")).isEqualTo(files.get("processes/CaseMediation.bpmn"));
    assertThat(zip).containsKeys("forms/review-eligibility.form", "export.json");
    assertThat(zip.keySet()).allMatch(name -> name.equals("export.json") || name.startsWith("processes/") || name.startsWith("forms/"));
  }

  @Test
  void theExportAndTheModelStatusAreForAdministratorsOnly() {
    for (String user : List.of("supervisor", "clerk", "mediator", "lawyer")) {
      HttpResponse<String> refused = HttpTestClient.basic(port, user, "demo").get("/api/models/export");
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).contains("无权");
    }
    assertThat(HttpTestClient.anonymous(port).get("/api/models/export").statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.basic(port, "admin", "demo").get("/api/models/status").statusCode()).isEqualTo(200);
  }

  @Test
  void aModelerDeploymentOfOneFileCarriesItsFormsAndCalledProcessesAlong() {
    byte[] edited = replace(bundled.read().get("processes/LaborDisputeCase.bpmn"), "name=\"审查受理条件\"", "name=\"审查受理条件（修订）\"");
    assertThat(deployAsModeler("LaborDisputeCase.bpmn", edited).statusCode()).isEqualTo(200);

    ProcessDefinition latest = latestProcess("LaborDisputeCase");
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(latest.getDeploymentId()))
        .contains("LaborDisputeCase.bpmn", "processes/CaseMediation.bpmn", "processes/ArbitrationReferral.bpmn",
            "processes/LitigationReferral.bpmn", "forms/register-case.form", "forms/review-eligibility.form",
            "forms/schedule-session.form", "forms/correct-case-file.form");
    Task review = new CaseFixtures(engine).caseAtEligibilityReview();
    assertThat(review.getName()).isEqualTo("审查受理条件（修订）");
    assertThat(engine.getFormService().getTaskFormData(review.getId()).getCamundaFormRef().getKey()).isEqualTo("review-eligibility");
  }

  @Test
  void aRunningCaseKeepsItsFormAndCalledProcessWhenNewerVersionsAreDeployed() throws IOException {
    Map<String, byte[]> files = bundled.read();
    CaseFixtures fixtures = new CaseFixtures(engine);
    Task oldReview = fixtures.caseAtEligibilityReview();

    byte[] form = replace(files.get("forms/review-eligibility.form"), "\"是否属于受案范围\"", "\"是否属于受案范围（新表单）\"");
    byte[] mediation = replace(files.get("processes/CaseMediation.bpmn"), "name=\"安排调解会议\"", "name=\"安排调解会议（新流程）\"");
    assertThat(deployAsModeler("review-eligibility.form", form).statusCode()).isEqualTo(200);
    assertThat(deployAsModeler("CaseMediation.bpmn", mediation).statusCode()).isEqualTo(200);
    Task newReview = fixtures.caseAtEligibilityReview();

    assertThat(taskForm(oldReview)).doesNotContain("新表单").contains("是否属于受案范围");
    assertThat(taskForm(newReview)).as("a form deployed alone reaches new cases").contains("是否属于受案范围（新表单）");

    engine.getTaskService().complete(oldReview.getId(), CaseFixtures.acceptance());
    engine.getTaskService().complete(newReview.getId(), CaseFixtures.acceptance());
    assertThat(fixtures.taskOf(oldReview.getProcessInstanceId()).getName()).as("the old case calls its own CaseMediation")
        .isEqualTo("安排调解会议");
    assertThat(fixtures.taskOf(newReview.getProcessInstanceId()).getName()).isEqualTo("安排调解会议（新流程）");
  }

  // --- helpers

  private HttpResponse<String> deployAsModeler(String fileName, byte[] file) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("deployment-name", fileName);
    parts.put("deployment-source", "Camunda Modeler");
    parts.put("enable-duplicate-filtering", "true");
    return HttpTestClient.basic(port, "admin", "demo").postMultipart("/engine-rest/deployment/create", parts, fileName, file);
  }

  private String taskForm(Task task) throws IOException {
    try (InputStream in = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] replace(byte[] content, String from, String to) {
    String text = new String(content, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }

  private static State state(List<ModelState> states, String file) {
    return states.stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow().state();
  }

  private Set<String> deploymentIds() {
    return engine.getRepositoryService().createDeploymentQuery().list().stream().map(Deployment::getId).collect(Collectors.toSet());
  }

  private ProcessDefinition latestProcess(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private byte[] latestProcessBytes(String key) throws IOException {
    ProcessDefinition definition = latestProcess(key);
    try (InputStream in = engine.getRepositoryService().getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
      return in.readAllBytes();
    }
  }

  /** The form {@code formKey} in the deployment of the latest version of {@code processKey}. */
  private byte[] latestProcessResource(String processKey, String formKey) throws IOException {
    RepositoryService repository = engine.getRepositoryService();
    String deploymentId = latestProcess(processKey).getDeploymentId();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(formKey + ".form")) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("no form " + formKey + " in deployment " + deploymentId);
  }

  private byte[] latestDecisionBytes(String key) throws IOException {
    var definition = engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
    try (InputStream in = engine.getRepositoryService().getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
      return in.readAllBytes();
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

}
