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

  /**
   * The statement walks deadlines in due order and keeps one only when nothing of the same case comes
   * earlier (issue #16): it must pick what a plain reading of every task and timer picks, across cases
   * in several stages (a review task; a mediation with its period timers; a session to record), for
   * the whole list and for a bound, with the totals.
   */
  @Test
  void theNearestDeadlineIsWhatReadingEveryTaskAndTimerGives() throws Exception {
    CaseDriver driver = new CaseDriver(engine);
    driver.today(LocalDate.of(2026, 10, 12));
    driver.registerThroughStartForm(CaseDriver.walkIn());
    ProcessInstance accepted = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(accepted);
    driver.today(LocalDate.of(2026, 10, 13));
    ProcessInstance scheduled = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(scheduled);
    driver.complete(scheduled, "Task_ScheduleSession", "mediator", List.of("mediator-union"),
        "sessionMode", "in_person", "sessionTime", "2026-10-15T09:30", "sessionPlace", "中心第一调解室");
    driver.today(LocalDate.of(2026, 10, 14));
    LocalDate today = Deadlines.today();

    List<String> expected = nearestByReadingEverything(null);
    List<String> listed = view.openCases(today).stream().map(d -> d.caseNumber() + " " + d.deadlineName() + " " + d.due()).toList();
    assertThat(listed).isEqualTo(expected);
    assertThat(listed).anyMatch(line -> line.startsWith(driver.businessKey(scheduled) + " "));
    assertThat(view.page(today, 0, 2).total()).isEqualTo(expected.size());

    LocalDate lastDay = today.plusDays(3);
    List<String> due = nearestByReadingEverything(java.sql.Timestamp.valueOf(lastDay.plusDays(1).atStartOfDay()));
    DeadlineView.Page soon = view.dueBy(today, lastDay, 500);
    assertThat(soon.items().stream().map(d -> d.caseNumber() + " " + d.deadlineName() + " " + d.due()).toList()).isEqualTo(due);
    assertThat(soon.total()).isEqualTo(due.size());
    if (due.size() > 1) {
      assertThat(view.dueBy(today, lastDay, 1, 0).total()).isEqualTo(due.size());
    }
  }

  /** Every active task with a due date and every active timer, the earliest per case (a task before a timer, then the id). */
  private List<String> nearestByReadingEverything(java.util.Date before) {
    record Deadline(String caseNumber, String name, java.util.Date due, int kind, String id) {}
    java.util.Map<String, String> keys = new java.util.HashMap<>();
    java.util.function.Function<String, String> key = instance -> keys.computeIfAbsent(instance, id -> {
      ProcessInstance found = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
      return found == null || found.getBusinessKey() == null ? "" : found.getBusinessKey();
    });
    List<Deadline> all = new ArrayList<>();
    engine.getTaskService().createTaskQuery().active().list().stream()
        .filter(t -> t.getDueDate() != null && t.getProcessInstanceId() != null)
        .forEach(t -> all.add(new Deadline(key.apply(t.getProcessInstanceId()), t.getName(), t.getDueDate(), 0, t.getId())));
    engine.getManagementService().createJobQuery().timers().active().list().stream()
        .filter(j -> j.getDuedate() != null && j.getProcessInstanceId() != null)
        .forEach(j -> {
          var definition = engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId()).singleResult();
          var element = engine.getRepositoryService().getBpmnModelInstance(definition.getProcessDefinitionId())
              .getModelElementById(definition.getActivityId());
          String name = element == null || element.getAttributeValue("name") == null ? definition.getActivityId() : element.getAttributeValue("name");
          all.add(new Deadline(key.apply(j.getProcessInstanceId()), name, j.getDuedate(), 1, j.getId()));
        });
    java.util.Comparator<Deadline> earliest = java.util.Comparator.comparing(Deadline::due).thenComparingInt(Deadline::kind)
        .thenComparing(Deadline::id);
    java.util.Map<String, Deadline> nearest = new java.util.HashMap<>();
    all.stream().filter(d -> !d.caseNumber().isEmpty())
        .forEach(d -> nearest.merge(d.caseNumber(), d, (a, b) -> earliest.compare(a, b) <= 0 ? a : b));
    return nearest.values().stream()
        .filter(d -> before == null || d.due().before(before))
        .sorted(java.util.Comparator.comparing(Deadline::due).thenComparing(Deadline::caseNumber))
        .map(d -> d.caseNumber() + " " + d.name() + " " + java.time.LocalDateTime.ofInstant(d.due().toInstant(), cn.onedoor.calendar.ChinaTime.ZONE))
        .toList();
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
