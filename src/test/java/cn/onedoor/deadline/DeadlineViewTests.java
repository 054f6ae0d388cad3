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
    assertThat(body.get("items").isArray()).isTrue();
    assertThat(body.get("size").asInt()).isEqualTo(50);
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get("/api/deadlines").statusCode()).isEqualTo(403);
  }

  @Test
  void deadlinesArePagedInAStableOrderWithTheirTotal() throws Exception {
    CaseDriver driver = new CaseDriver(engine);
    driver.today(LocalDate.of(2026, 9, 21));
    for (int i = 0; i < 3; i++) {
      driver.registerThroughStartForm(CaseDriver.walkIn());
    }
    List<String> all = view.openCases(Deadlines.today()).stream().map(DeadlineView.CaseDeadline::caseNumber).toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(3);

    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    ObjectMapper json = new ObjectMapper();
    List<String> paged = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode body = json.readTree(supervisor.get("/api/deadlines?page=" + page + "&size=2").body());
      assertThat(body.get("total").asLong()).isEqualTo(all.size());
      assertThat(body.get("page").asInt()).isEqualTo(page);
      if (body.get("items").isEmpty()) {
        break;
      }
      assertThat(body.get("items").size()).isLessThanOrEqualTo(2);
      body.get("items").forEach(item -> paged.add(item.get("caseNumber").asText()));
    }
    assertThat(paged).isEqualTo(all);
    List<LocalDate> dues = view.page(Deadlines.today(), 0, DeadlineView.MAX_PAGE_SIZE).items().stream()
        .map(d -> d.due().toLocalDate()).toList();
    assertThat(dues).isSorted();
  }

  @Test
  void aPageLargerThanTheBoundOrNotANumberIsRefusedInChinese() throws Exception {
    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    for (String query : List.of("size=201", "size=0", "page=-1", "page=abc", "size=1e3")) {
      var response = supervisor.get("/api/deadlines?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.body()).as(query).contains("之间的整数");
    }
    assertThat(view.page(Deadlines.today(), 0, 10_000).size()).isEqualTo(DeadlineView.MAX_PAGE_SIZE);
  }
}
