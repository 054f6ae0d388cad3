package cn.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.SimulatorControl;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The court goes away for a stretch while 20 cases are referred to it: first it takes each file but
 * its answer is lost, then it refuses every call, then it is back. The hand-off worker is run round by
 * round as it would run (only tasks not locked, the clock moved on by the retry back-off). Every case must end
 * up filed exactly once, none lost, none stuck in an incident, and every case then closes on the
 * court's signed receipt.
 */
class CourtOutageTests extends CaseProcessTest {

  static final int CASES = 20;

  @LocalServerPort int port;

  @AfterEach
  void courtBack() {
    new SimulatorControl(port).clearFaults();
  }

  @Test
  void casesReferredDuringACourtOutageAreAllFiledExactlyOnce() {
    SimulatorControl court = new SimulatorControl(port);
    List<ProcessInstance> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(driver.acceptedByArbitration());
    }
    driver.today(LocalDate.of(2027, 1, 4));
    cases.forEach(kase -> driver.executeJob(kase, "TimerEvent_AwardPeriodExpired"));
    long started = System.nanoTime();

    court.fault("court", "LOST_RESPONSE", null);
    int failuresWhileLost = runDueReferralJobs(cases);
    court.fault("court", "UNAVAILABLE", null);
    int failuresWhileDown = runDueReferralJobs(cases);
    court.fault("court", "NONE", null);
    int failuresAfterwards = runDueReferralJobs(cases);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(failuresWhileLost).isEqualTo(CASES);
    assertThat(failuresWhileDown).isEqualTo(CASES);
    assertThat(failuresAfterwards).isZero();
    int filings = 0;
    int calls = 0;
    for (ProcessInstance kase : cases) {
      String caseNumber = driver.businessKey(kase);
      JsonNode received = court.requests("court", caseNumber);
      assertThat(received).as("filings of %s at the court", caseNumber).hasSize(1);
      filings += received.size();
      calls += received.get(0).path("calls").asInt();
      assertThat(records.handoffs(caseNumber)).containsExactly("arbitration_referral", "litigation_referral");
      assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber)
          .activityId("ReceiveTask_CourtReceipt").count()).isOne();
    }
    long incidents = cases.stream()
        .flatMap(kase -> engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstanceId(kase.getId()).list().stream())
        .mapToLong(instance -> engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
        .sum();
    assertThat(incidents).isZero();
    System.out.printf("Court outage: %d cases, %d filings at the court, %d calls taken by it, %d failed hand-off runs "
        + "(%d answers lost, %d refused), 0 incidents, %d ms for the three rounds%n",
        CASES, filings, calls, failuresWhileLost + failuresWhileDown, failuresWhileLost, failuresWhileDown, millis);

    for (ProcessInstance kase : cases) {
      long id = court.requests("court", driver.businessKey(kase)).get(0).path("id").asLong();
      court.callback(id, "court-receipt", null);
    }
    assertThat(cases).allSatisfy(kase -> assertThat(driver.variable(kase, "outcome")).isEqualTo("referred_to_court"));
  }

  /**
   * One round of the hand-off worker over these cases (only tasks that are not locked: a failed one
   * waits out its back-off); returns how many failed.
   */
  private int runDueReferralJobs(List<ProcessInstance> cases) {
    int failed = 0;
    for (ProcessInstance kase : cases) {
      failed += driver.handoffWorker().runOnce(driver.businessKey(kase)).failed();
    }
    // the back-off is 5 minutes (onedoor.handoff.worker.retry-backoff): the next round comes when the failed tasks are free again
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 5 * 60_000 + 1_000));
    return failed;
  }

}
