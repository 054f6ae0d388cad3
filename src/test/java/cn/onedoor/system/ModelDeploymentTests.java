package cn.onedoor.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Models and forms go to the engine straight from the repo's processes/ and forms/ folders. */
@OneDoorSpringTest
class ModelDeploymentTests {

  @Autowired ProcessEngine engine;

  @Test
  void everyFileUnderProcessesAndFormsIsDeployed() throws IOException {
    Set<String> onDisk = Stream.concat(files("processes"), files("forms")).collect(Collectors.toSet());
    assertThat(onDisk).isNotEmpty().contains("LaborDisputeCase.bpmn", "register-case.form");

    RepositoryService repository = engine.getRepositoryService();
    Set<String> deployed = repository.createDeploymentQuery().list().stream()
        .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
        .map(name -> Paths.get(name).getFileName().toString())
        .collect(Collectors.toSet());
    assertThat(deployed).containsAll(onDisk);
  }

  @Test
  void taskFormResolvesThroughFormRef() throws IOException {
    Task review = new CaseFixtures(engine).caseAtEligibilityReview();
    assertThat(engine.getFormService().getTaskFormData(review.getId()).getCamundaFormRef().getKey())
        .isEqualTo("review-eligibility");
    try (InputStream form = engine.getFormService().getDeployedTaskForm(review.getId())) {
      JsonNode json = new ObjectMapper().readTree(form);
      assertThat(json.get("id").asText()).isEqualTo("review-eligibility");
    }
  }

  @Test
  void startFormResolvesThroughFormRef() throws IOException {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("LaborDisputeCase").latestVersion().singleResult();
    try (InputStream form = engine.getFormService().getDeployedStartForm(definition.getId())) {
      JsonNode json = new ObjectMapper().readTree(form);
      assertThat(json.get("id").asText()).isEqualTo("register-case");
      assertThat(json.toString()).contains("申请人姓名");
    }
  }

  private static Stream<String> files(String folder) throws IOException {
    try (Stream<Path> paths = Files.walk(Paths.get(folder))) {
      return paths.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList().stream();
    }
  }
}
