package cn.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hand-off is an external task (issue #16): no staff user may take it over through Camunda's own
 * REST API. Fetching and locking needs UPDATE on the process instance, which only administrators have;
 * a mediator, a clerk or a supervisor who asks gets nothing and cannot complete, fail or unlock it, so
 * nobody can record a receipt the court never gave. The hand-off worker then files it as usual.
 */
class HandoffDoorsTests extends CaseProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void staffCannotFetchLockOrCompleteAHandOffThroughEngineRest() throws Exception {
    ProcessInstance kase = driver.failedMediation();
    // the hand-off waits in the called ArbitrationReferral, under the case's number
    ExternalTask handoff = engine.getExternalTaskService().createExternalTaskQuery().activityId("Task_HandOverToArbitration").list()
        .stream().filter(t -> driver.businessKey(kase).equals(engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey())).findFirst().orElse(null);
    assertThat(handoff).isNotNull();
    String fetch = """
        {"workerId":"evil","maxTasks":100,"topics":[{"topicName":"%s","lockDuration":600000}]}""".formatted(handoff.getTopicName());

    for (String user : List.of("mediator", "clerk", "supervisor", "mediator2")) {
      HttpTestClient client = HttpTestClient.basic(port, user, "demo");
      var fetched = client.postJson("/engine-rest/external-task/fetchAndLock", fetch);
      assertThat(fetched.statusCode()).as(user).isEqualTo(200);
      JsonNode tasks = JSON.readTree(fetched.body());
      assertThat(tasks.findValuesAsText("id")).as(user + " fetched").doesNotContain(handoff.getId());
      String id = handoff.getId();
      assertThat(client.postJson("/engine-rest/external-task/" + id + "/complete",
          "{\"workerId\":\"evil\",\"variables\":{\"handoffReceiptNumber\":{\"value\":\"FAKE-1\"}}}").statusCode())
          .as(user + " complete").isIn(400, 403, 404, 500);
      assertThat(client.postJson("/engine-rest/external-task/" + id + "/bpmnError", "{\"workerId\":\"evil\",\"errorCode\":\"CaseFileRejected\"}")
          .statusCode()).as(user + " bpmnError").isIn(400, 403, 404, 500);
      assertThat(client.postJson("/engine-rest/external-task/" + id + "/unlock", "{}").statusCode()).as(user + " unlock").isIn(400, 403, 404);
      assertThat(client.postJson("/engine-rest/external-task/" + id + "/failure",
          "{\"workerId\":\"evil\",\"errorMessage\":\"x\",\"retries\":0,\"retryTimeout\":0}").statusCode()).as(user + " failure").isIn(400, 403, 404, 500);
      // still there, unlocked, its retries untouched
      ExternalTask still = engine.getExternalTaskService().createExternalTaskQuery().externalTaskId(id).singleResult();
      assertThat(still).as(user).isNotNull();
      assertThat(still.getLockExpirationTime()).as(user + " lock").isNull();
      assertThat(still.getRetries()).as(user + " retries").isEqualTo(handoff.getRetries());
    }
    assertThat(jdbc.queryForObject("select count(*) from handoff where case_number = ?", Integer.class, driver.businessKey(kase))).isZero();

    // the worker files it as usual
    assertThat(driver.runHandoff(kase, "Task_HandOverToArbitration").completed()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from handoff where case_number = ?", Integer.class, driver.businessKey(kase))).isOne();
  }
}
