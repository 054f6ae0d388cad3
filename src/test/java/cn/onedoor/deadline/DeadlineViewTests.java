package cn.onedoor.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/deadlines: each open case once, at its nearest statutory deadline, overdue first. */
@OneDoorSpringTest
class DeadlineViewTests {

  @Autowired ProcessEngine engine;
  @Autowired DeadlineView view;
  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    new CaseDriver(engine).resetClock();
  }

  @Test
  void openCasesAreListedByDaysLeftOverdueFirst() throws Exception {
    CaseDriver driver = new CaseDriver(engine);
    driver.today(LocalDate.of(2026, 9, 21));
    ProcessInstance early = driver.registerThroughStartForm(CaseDriver.walkIn());     // review due 24 September
    driver.today(LocalDate.of(2026, 9, 28));
    ProcessInstance late = driver.registerThroughStartForm(CaseDriver.walkIn());      // review due 8 October: National Day is skipped
    driver.today(LocalDate.of(2026, 9, 29));

    List<DeadlineView.CaseDeadline> deadlines = view.openCases(LocalDate.of(2026, 9, 29));
    List<String> order = new ArrayList<>(deadlines.stream().map(DeadlineView.CaseDeadline::caseNumber).toList());
    String earlyNumber = driver.businessKey(early);
    String lateNumber = driver.businessKey(late);
    assertThat(order).containsSubsequence(earlyNumber, lateNumber).doesNotHaveDuplicates();
    DeadlineView.CaseDeadline overdue = deadlines.stream().filter(d -> d.caseNumber().equals(earlyNumber)).findFirst().orElseThrow();
    assertThat(overdue.overdue()).isTrue();
    assertThat(overdue.daysLeft()).isEqualTo(-5);
    assertThat(overdue.deadlineName()).isEqualTo("审查受理条件");
    DeadlineView.CaseDeadline open = deadlines.stream().filter(d -> d.caseNumber().equals(lateNumber)).findFirst().orElseThrow();
    assertThat(open.overdue()).isFalse();
    assertThat(open.daysLeft()).isEqualTo(9);

    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    JsonNode body = new ObjectMapper().readTree(supervisor.get("/api/deadlines").body());
    assertThat(body.isArray()).isTrue();
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get("/api/deadlines").statusCode()).isEqualTo(403);
  }
}
