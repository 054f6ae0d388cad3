package cn.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People by name, family name first (王芳), wherever OneDoor shows them; the login stays alongside. */
@OneDoorSpringTest
class PersonNamesTests {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired PersonNames names;
  @LocalServerPort int port;

  @Test
  void demoUsersKeepTheFamilyNameInFirstNameSoThatTheWebappsShowItFirst() throws IOException {
    User clerk = engine.getIdentityService().createUserQuery().userId("clerk").singleResult();
    assertThat(clerk.getFirstName()).isEqualTo("王");
    assertThat(clerk.getLastName()).isEqualTo("芳");
    assertThat(PersonNames.displayName(clerk)).isEqualTo("王芳");
    assertThat(names.of("supervisor")).isEqualTo("刘建国");
    assertThat(names.of("nobody-of-that-name")).isEqualTo("nobody-of-that-name");
    assertThat(names.of((String) null)).isNull();

    JsonNode me = json(HttpTestClient.basic(port, "admin", "demo").get("/api/me"));
    assertThat(me.get("name").asText()).isEqualTo("系统管理员");
  }

  @Test
  void aSeedingOfTheOldOrderIsTurnedRoundOnceAndAnEditedNameIsLeftAlone() {
    User clerk = engine.getIdentityService().createUserQuery().userId("clerk").singleResult();
    User lawyer = engine.getIdentityService().createUserQuery().userId("lawyer").singleResult();
    try {
      clerk.setFirstName("芳");
      clerk.setLastName("王");
      engine.getIdentityService().saveUser(clerk);
      lawyer.setFirstName("张");
      lawyer.setLastName("伟伟");
      engine.getIdentityService().saveUser(lawyer);

      new IdentitySeeder(new SecurityProperties(null, null), new DemoProperties(true)).postProcessEngineBuild(engine);

      assertThat(PersonNames.displayName(engine.getIdentityService().createUserQuery().userId("clerk").singleResult()))
          .isEqualTo("王芳");
      assertThat(PersonNames.displayName(engine.getIdentityService().createUserQuery().userId("lawyer").singleResult()))
          .isEqualTo("张伟伟");
    } finally {
      User restored = engine.getIdentityService().createUserQuery().userId("lawyer").singleResult();
      restored.setFirstName("张");
      restored.setLastName("伟");
      engine.getIdentityService().saveUser(restored);
    }
  }

  @Test
  void theTimelineNamesWhoeverDidAStepAndKeepsTheLogin() throws IOException {
    CaseDriver driver = new CaseDriver(engine);
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", "韩冬梅"));
    String review0 = driver.task(kase, "Task_ReviewEligibility").getId();
    driver.as("clerk", List.of("intake-clerk"), () -> {
      engine.getTaskService().claim(review0, "clerk"); // as in Tasklist: 认领, then the form
      return null;
    });
    driver.accept(kase);
    JsonNode timeline = json(HttpTestClient.basic(port, "supervisor", "demo").get(
        "/api/cases/" + URLEncoder.encode(driver.businessKey(kase), StandardCharsets.UTF_8) + "/timeline"));
    JsonNode review = null;
    for (JsonNode step : timeline.get("steps")) {
      if ("Task_ReviewEligibility".equals(step.get("activityId").asText())) {
        review = step;
      }
    }
    assertThat(review).as(timeline.toString()).isNotNull();
    assertThat(review.get("assignee").asText()).isEqualTo("clerk");
    assertThat(review.get("assigneeName").asText()).isEqualTo("王芳");
  }

  @Test
  void myCasesAndTheSearchNameTheMediator() throws IOException {
    CaseDriver driver = new CaseDriver(engine);
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", "戴秋菊"));
    driver.accept(kase);
    driver.complete(kase, "Task_ScheduleSession", "mediator", List.of("mediator-union"),
        "sessionMode", "in_person", "sessionTime", driver.engineToday().plusDays(2) + "T09:30", "sessionPlace", "中心第一调解室");
    String caseNumber = driver.businessKey(kase);
    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");
    for (String path : List.of("/api/my-cases", "/api/cases/search?q=" + URLEncoder.encode("戴秋菊", StandardCharsets.UTF_8))) {
      JsonNode line = null;
      for (JsonNode c : path.equals("/api/my-cases") ? mediator.allItems(path) : json(mediator.get(path))) {
        if (caseNumber.equals(c.get("caseNumber").asText())) {
          line = c;
        }
      }
      assertThat(line).as(path).isNotNull();
      assertThat(line.get("mediatorId").asText()).isEqualTo("mediator");
      assertThat(line.get("mediatorName").asText()).isEqualTo("李明");
    }
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
