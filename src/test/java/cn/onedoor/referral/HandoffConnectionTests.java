package cn.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.SimulatorControl;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.connect.Connectors;
import org.camunda.connect.httpclient.HttpConnector;
import org.camunda.connect.spi.ConnectorRequestInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue #16, item 4: no database connection is held while the court or the commission is called.
 * A Connect interceptor looks, in the calling thread and just before the request leaves, at the
 * Spring transaction, the engine's command context and the pool's connections in use. The hand-off
 * worker calls in none of them; the old way (the delegate inside a job, kept for instances of older
 * model versions) is measured the same way and holds its connection, so the probe can tell.
 */
class HandoffConnectionTests extends CaseProcessTest {

  /** What the probe saw at one outbound call. */
  record AtCall(String url, boolean transaction, boolean commandContext, int activeConnections) {}

  @Autowired DataSource dataSource;
  @RegisterExtension SimulatorControl simulator = SimulatorControl.clearedAroundEachTest();

  final List<AtCall> calls = new ArrayList<>();
  ConnectorRequestInterceptor probe;

  @BeforeEach
  void probeOutboundCalls() throws SQLException {
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    probe = invocation -> {
      calls.add(new AtCall(((org.camunda.connect.httpclient.HttpRequest) invocation.getRequest()).getUrl(),
          TransactionSynchronizationManager.isActualTransactionActive(), Context.getCommandContext() != null,
          pool.getHikariPoolMXBean().getActiveConnections()));
      return invocation.proceed();
    };
    Connectors.getConnector(HttpConnector.ID).addRequestInterceptor(probe);
  }

  @AfterEach
  void removeProbe() {
    Connectors.getConnector(HttpConnector.ID).getRequestInterceptors().remove(probe);
  }

  @Test
  void theWorkerCallsTheCommissionWithNoTransactionAndNoConnectionHeld() {
    ProcessInstance kase = driver.failedMediation();
    String caseNumber = driver.businessKey(kase);

    driver.executeJob(kase, "Task_HandOverToArbitration");

    assertThat(calls).singleElement().satisfies(call -> {
      assertThat(call.url()).endsWith("/simulator/arbitration/api/v1/filings");
      assertThat(call.transaction()).as("Spring transaction during the call").isFalse();
      assertThat(call.commandContext()).as("Camunda command during the call").isFalse();
      assertThat(call.activeConnections()).as("connections in use during the call").isZero();
    });
    // and the receipt is recorded, the case moved on to wait for the commission
    assertThat(records.handoffs(caseNumber)).containsExactly("arbitration_referral");
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .activityId("Gateway_AwaitAcceptance").count()).isOne();
  }

  @Test
  void aCaseOfAnOlderVersionWaitingAtTheAsyncTaskIsStillHandedOverByItsDelegateAndThatHoldsAConnection() {
    ProcessInstance kase = driver.failedMediation();
    String caseNumber = driver.businessKey(kase);
    // an older model version's hand-over: an asynchronous service task naming the delegate bean
    Deployment old = engine.getRepositoryService().createDeployment().name("HandoffConnectionTests")
        .addString("OldLitigationReferral.bpmn", """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="Definitions_OldLitigationReferral" targetNamespace="http://onedoor.cn/test">
              <bpmn:process id="OldLitigationReferral" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Started" />
                <bpmn:sequenceFlow id="SequenceFlow_ToHandOver" sourceRef="StartEvent_Started" targetRef="Task_HandOverToCourt" />
                <bpmn:serviceTask id="Task_HandOverToCourt" camunda:asyncBefore="true" camunda:delegateExpression="#{handOverToCourtDelegate}" />
                <bpmn:sequenceFlow id="SequenceFlow_HandedOver" sourceRef="Task_HandOverToCourt" targetRef="EndEvent_HandedOver" />
                <bpmn:endEvent id="EndEvent_HandedOver" />
              </bpmn:process>
            </bpmn:definitions>
            """).deploy();
    try {
      ProcessInstance waiting = engine.getRuntimeService().startProcessInstanceByKey("OldLitigationReferral", caseNumber);
      engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
          .processInstanceId(waiting.getId()).singleResult().getId());

      assertThat(records.handoffs(caseNumber)).contains("litigation_referral");
      assertThat(calls).singleElement().satisfies(call -> {
        assertThat(call.url()).endsWith("/simulator/court/api/v1/filings");
        assertThat(call.transaction()).as("the job's transaction during the call").isTrue();
        assertThat(call.activeConnections()).as("the job's connection during the call").isPositive();
      });
    } finally {
      engine.getRepositoryService().deleteDeployment(old.getId(), true);
    }
  }
}
