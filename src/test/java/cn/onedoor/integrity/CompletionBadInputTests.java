package cn.onedoor.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.CaseRecords;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed, oversized and hostile submissions through {@code /engine-rest}, as the user whose task
 * it is: the clerk's start form, the eligibility review, the session forms, the agreement. Each is
 * refused with 400, a Chinese message naming the field, no internals, and nothing written: the task
 * stays open, no case is registered, no notice goes out, no variable of the form is set.
 */
@OneDoorSpringTest
class CompletionBadInputTests {

  /** SCHEDULE_BESIDE: at 安排调解会议 while {@code mediator} holds 中心第一调解室 tomorrow 09:30–10:30 for another case. */
  enum Stage { START, REVIEW, SCHEDULE, SCHEDULE_BESIDE, RECORD, DRAFT }

  private static final String LONG = "长".repeat(4001);

  static Stream<Arguments> corpus() {
    String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    String session = "\"sessionMode\":{\"value\":\"in_person\"},\"sessionPlace\":{\"value\":\"中心第一调解室\"},";
    String inRoom2 = "\"sessionMode\":{\"value\":\"in_person\"},\"sessionPlace\":{\"value\":\"中心第二调解室\"},";
    String afterDeadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();
    String agreement = "\"agreementItems\":{\"value\":\"被申请人于当日支付工资一万二千八百元\"},\"confirmationType\":{\"value\":\"none\"},"
        + "\"agreementPays\":{\"type\":\"Json\",\"value\":\"[\\\"labour_remuneration\\\"]\"},";
    return Stream.of(
        // the clerk's start form
        Arguments.of("bad check digit", Stage.START, start("applicantIdNumber", "\"110101199003078514\""), "applicantIdNumber"),
        Arguments.of("name of 101 characters", Stage.START, start("applicantName", "\"" + "王".repeat(101) + "\""), "applicantName"),
        Arguments.of("description of 4,001 characters", Stage.START, start("claimDescription", "\"" + LONG + "\""), "claimDescription"),
        Arguments.of("amount beyond the column", Stage.START, start("claimAmount", "\"999999999999999.99\""), "claimAmount"),
        Arguments.of("negative amount", Stage.START, start("claimAmount", "\"-100.00\""), "claimAmount"),
        Arguments.of("no workers", Stage.START, start("workerCount", "0"), "workerCount"),
        Arguments.of("workers as text", Stage.START, start("workerCount", "\"许多\""), "workerCount"),
        Arguments.of("channel the form does not offer", Stage.START, start("channel", "\"court_entrusted\""), "channel"),
        Arguments.of("application not read back (LDMAL art. 12)", Stage.START, start("applicationReadBack", "false"), "applicationReadBack"),
        Arguments.of("known date in the future", Stage.START, start("knownDate", "\"2099-01-01\""), "knownDate"),
        Arguments.of("received date smuggled in", Stage.START, start("receivedDate", "\"1900-01-01\""), "receivedDate"),
        Arguments.of("a ready-made outcome", Stage.START, start("outcome", "\"settled\""), "outcome"),
        Arguments.of("phone with letters", Stage.START, start("applicantPhone", "\"1380013800a\""), "applicantPhone"),
        // 审查受理条件
        Arguments.of("a decision chosen by the form (it is derived)", Stage.REVIEW,
            "{\"inScope\":{\"value\":false},\"rejectionReason\":{\"value\":\"属于劳务关系，不属于受案范围\"},"
                + "\"eligibilityDecision\":{\"value\":\"accepted\"}}", "eligibilityDecision"),
        Arguments.of("the employer's consent though out of scope", Stage.REVIEW,
            "{\"inScope\":{\"value\":false},\"employerConsents\":{\"value\":true},"
                + "\"rejectionReason\":{\"value\":\"属于劳务关系，不属于受案范围\"}}", "employerConsents"),
        Arguments.of("unknown decision", Stage.REVIEW,
            "{\"inScope\":{\"value\":true},\"employerConsents\":{\"value\":true},\"eligibilityDecision\":{\"value\":\"bogus\"}}", "eligibilityDecision"),
        Arguments.of("not accepted without a reason", Stage.REVIEW, "{\"inScope\":{\"value\":false}}", "rejectionReason"),
        Arguments.of("in scope without the employer's answer", Stage.REVIEW, "{\"inScope\":{\"value\":true}}", "employerConsents"),
        Arguments.of("decision dated before the application was received", Stage.REVIEW,
            "{\"inScope\":{\"value\":true},\"employerConsents\":{\"value\":true},"
                + "\"decisionDate\":{\"value\":\"2008-05-01\"}}", "decisionDate"),
        Arguments.of("decision dated tomorrow", Stage.REVIEW,
            "{\"inScope\":{\"value\":true},\"employerConsents\":{\"value\":true},"
                + "\"decisionDate\":{\"value\":\"" + tomorrow + "\"}}", "decisionDate"),
        Arguments.of("decision date that is no date", Stage.REVIEW,
            "{\"inScope\":{\"value\":true},\"employerConsents\":{\"value\":true},"
                + "\"decisionDate\":{\"value\":\"上周五\"}}", "decisionDate"),
        Arguments.of("answer as text", Stage.REVIEW,
            "{\"inScope\":{\"value\":\"yes\"},\"employerConsents\":{\"value\":true}}", "inScope"),
        // 安排调解会议
        Arguments.of("session in the past", Stage.SCHEDULE, "{" + session + "\"sessionTime\":{\"value\":\"2020-01-06T09:30\"}}", "sessionTime"),
        Arguments.of("session after the mediation deadline", Stage.SCHEDULE,
            "{" + session + "\"sessionTime\":{\"value\":\"2099-06-30T09:30\"}}", "sessionTime"),
        Arguments.of("session after the mediation deadline, within the year", Stage.SCHEDULE,
            "{" + session + "\"sessionTime\":{\"value\":\"" + afterDeadline + "T09:30\"}}", "sessionTime"),
        Arguments.of("session off the quarter hour", Stage.SCHEDULE, "{" + session + "\"sessionTime\":{\"value\":\"" + tomorrow + "T09:07\"}}",
            "sessionTime"),
        Arguments.of("session length the form does not offer", Stage.SCHEDULE, "{" + session
            + "\"sessionDuration\":{\"value\":\"999\"},\"sessionTime\":{\"value\":\"" + tomorrow + "T09:30\"}}", "sessionDuration"),
        Arguments.of("hostile room name", Stage.SCHEDULE, "{\"sessionMode\":{\"value\":\"in_person\"},"
            + "\"sessionPlace\":{\"value\":\"<img src=x onerror=alert(1)>\"},\"sessionTime\":{\"value\":\"" + tomorrow + "T09:30\"}}", "sessionPlace"),
        Arguments.of("a room the centre does not have", Stage.SCHEDULE, "{\"sessionMode\":{\"value\":\"in_person\"},"
            + "\"sessionPlace\":{\"value\":\"第九调解室\"},\"sessionTime\":{\"value\":\"" + tomorrow + "T09:30\"}}", "sessionPlace"),
        Arguments.of("session overlapping another in the same room", Stage.SCHEDULE_BESIDE,
            "{" + session + "\"sessionTime\":{\"value\":\"" + tomorrow + "T10:00\"}}", "sessionPlace"),
        Arguments.of("session overlapping the mediator's other session", Stage.SCHEDULE_BESIDE,
            "{" + inRoom2 + "\"sessionTime\":{\"value\":\"" + tomorrow + "T10:15\"}}", "sessionTime"),
        Arguments.of("cloud session overlapping the mediator's other session", Stage.SCHEDULE_BESIDE,
            "{\"sessionMode\":{\"value\":\"cloud\"},\"sessionDuration\":{\"value\":\"120\"},\"sessionTime\":{\"value\":\"" + tomorrow
                + "T08:00\"}}", "sessionTime"),
        Arguments.of("session time that is no time", Stage.SCHEDULE, "{" + session + "\"sessionTime\":{\"value\":\"明天上午\"}}", "sessionTime"),
        Arguments.of("unknown session mode", Stage.SCHEDULE,
            "{\"sessionMode\":{\"value\":\"teleport\"},\"sessionTime\":{\"value\":\"" + tomorrow + "T09:30\"}}", "sessionMode"),
        Arguments.of("in person without a place", Stage.SCHEDULE,
            "{\"sessionMode\":{\"value\":\"in_person\"},\"sessionTime\":{\"value\":\"" + tomorrow + "T09:30\"}}", "sessionPlace"),
        // 记录调解情况
        Arguments.of("notes of 4,001 characters", Stage.RECORD,
            "{\"sessionNotes\":{\"value\":\"" + LONG + "\"},\"sessionResult\":{\"value\":\"no_agreement\"}}", "sessionNotes"),
        Arguments.of("another case's number", Stage.RECORD,
            "{\"sessionNotes\":{\"value\":\"申请人当场撤回申请\"},\"sessionResult\":{\"value\":\"withdrawn\"},\"caseNumber\":{\"value\":\"吉劳调〔2026〕0001号\"}}", "caseNumber"),
        Arguments.of("extension by more than fifteen days", Stage.RECORD,
            "{\"sessionNotes\":{\"value\":\"双方同意延长调解期限\"},\"sessionResult\":{\"value\":\"extension_agreed\"},"
                + "\"extendedDeadline\":{\"value\":\"2099-06-30\"},\"extensionConsentRecorded\":{\"value\":true}}", "extendedDeadline"),
        Arguments.of("extension without the parties' consent", Stage.RECORD,
            "{\"sessionNotes\":{\"value\":\"双方同意延长调解期限\"},\"sessionResult\":{\"value\":\"extension_agreed\"},"
                + "\"extendedDeadline\":{\"value\":\"" + tomorrow + "\"},\"extensionConsentRecorded\":{\"value\":false}}", "extensionConsentRecorded"),
        Arguments.of("script as result", Stage.RECORD,
            "{\"sessionNotes\":{\"value\":\"<script>alert(1)</script>\"},\"sessionResult\":{\"value\":\"<script>\"}}", "sessionResult"),
        // 制作调解协议书
        Arguments.of("amount far above the claim, unconfirmed", Stage.DRAFT, "{" + agreement
            + "\"agreedAmount\":{\"value\":\"999999999999.99\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "agreedAmount"),
        Arguments.of("negative agreed amount", Stage.DRAFT, "{" + agreement
            + "\"agreedAmount\":{\"value\":\"-5\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "agreedAmount"),
        Arguments.of("unknown performance mode", Stage.DRAFT, "{" + agreement
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"bogus\"}}", "performanceMode"),
        Arguments.of("deferred without a due date", Stage.DRAFT, "{" + agreement
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"deferred\"}}", "performanceDueDate"),
        Arguments.of("due date in the past", Stage.DRAFT, "{" + agreement
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"deferred\"},\"performanceDueDate\":{\"value\":\"2020-01-01\"}}",
            "performanceDueDate"),
        Arguments.of("agreement signed tomorrow", Stage.DRAFT, "{" + agreement
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"},\"agreementDate\":{\"value\":\"" + tomorrow + "\"}}",
            "agreementDate"),
        Arguments.of("agreement signed before the application was received", Stage.DRAFT, "{" + agreement
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"},\"agreementDate\":{\"value\":\"2008-05-01\"}}",
            "agreementDate"),
        Arguments.of("agreement pays an option the form does not have", Stage.DRAFT, "{" + agreement.replace("labour_remuneration", "bonus")
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "agreementPays"),
        Arguments.of("agreement pays given as text, not a list", Stage.DRAFT, "{" + agreement.replaceAll("\"agreementPays\":\\{[^}]*\\},", "")
            + "\"agreementPays\":{\"value\":\"labour_remuneration\"},"
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "agreementPays"),
        // each worker's amount (a case of one worker may give the list; it is held to the same rule)
        Arguments.of("a worker's amount negative", Stage.DRAFT, "{" + agreement + workerAmounts("[{\\\"worker\\\":\\\"1\\\",\\\"amount\\\":\\\"-1\\\"}]")
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "workerAmounts[0].amount"),
        Arguments.of("a worker's amount as text", Stage.DRAFT, "{" + agreement + workerAmounts("[{\\\"worker\\\":\\\"1\\\",\\\"amount\\\":\\\"一万\\\"}]")
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "workerAmounts[0].amount"),
        Arguments.of("a worker of another case", Stage.DRAFT, "{" + agreement + workerAmounts("[{\\\"worker\\\":\\\"2\\\",\\\"amount\\\":\\\"12800.00\\\"}]")
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "workerAmounts[0].worker"),
        Arguments.of("the same worker twice", Stage.DRAFT, "{" + agreement
            + workerAmounts("[{\\\"worker\\\":\\\"1\\\",\\\"amount\\\":\\\"6400.00\\\"},{\\\"worker\\\":\\\"1\\\",\\\"amount\\\":\\\"6400.00\\\"}]")
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "workerAmounts"),
        Arguments.of("workers' amounts not adding up to the agreed amount", Stage.DRAFT, "{" + agreement
            + workerAmounts("[{\\\"worker\\\":\\\"1\\\",\\\"amount\\\":\\\"12000.00\\\"}]")
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "agreedAmount"),
        Arguments.of("10,000 rows of workers' amounts", Stage.DRAFT, "{" + agreement
            + workerAmounts("[" + String.join(",", java.util.Collections.nCopies(10_000, "{\\\"worker\\\":\\\"1\\\",\\\"amount\\\":\\\"1\\\"}")) + "]")
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "workerAmounts"),
        Arguments.of("a worker's name smuggled into the list", Stage.DRAFT, "{" + agreement
            + workerAmounts("[{\\\"worker\\\":\\\"1\\\",\\\"amount\\\":\\\"12800.00\\\",\\\"name\\\":\\\"李娜\\\"}]")
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "workerAmounts[0].name"),
        Arguments.of("agreement items too short", Stage.DRAFT, "{\"agreementItems\":{\"value\":\"付钱\"},\"confirmationType\":{\"value\":\"none\"},"
            + "\"agreementPays\":{\"type\":\"Json\",\"value\":\"[\\\"labour_remuneration\\\"]\"},"
            + "\"agreedAmount\":{\"value\":\"12800.00\"},\"performanceMode\":{\"value\":\"on_the_spot\"}}", "agreementItems"));
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedAtTheFieldAndChangesNothing(String name, Stage stage, String variables, String field) {
    CaseRecords records = new CaseRecords(jdbc);
    Task task = stage == Stage.START ? null : taskAt(stage);
    int cases = records.count("select count(*) from case_register");
    int notices = records.count("select count(*) from notification");
    Map<String, String> variablesBefore = task == null ? Map.of() : asText(engine.getRuntimeService().getVariables(task.getExecutionId()));
    HttpTestClient http = HttpTestClient.basic(port, stage == Stage.START || stage == Stage.REVIEW ? "clerk" : "mediator", "demo");

    HttpResponse<String> response = stage == Stage.START
        ? http.postJson("/engine-rest/process-definition/key/LaborDisputeCase/submit-form", "{\"variables\":" + variables + "}")
        : http.postJson("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\":" + variables + "}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(field).containsPattern("\\p{IsHan}")
        .doesNotContain("org.camunda", "java.", "Exception:", "###", "SQL", "at cn.");
    assertThat(records.count("select count(*) from case_register")).as("no case registered").isEqualTo(cases);
    assertThat(records.count("select count(*) from notification")).as("no notice").isEqualTo(notices);
    if (task != null) {
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
      assertThat(asText(engine.getRuntimeService().getVariables(task.getExecutionId()))).as("variables unchanged").isEqualTo(variablesBefore);
    }
  }

  /** Values as text: a Json variable (possibleDuplicateOf) is read as a new SpinJsonNode each time, equal only as JSON. */
  private static Map<String, String> asText(Map<String, Object> variables) {
    Map<String, String> text = new java.util.TreeMap<>();
    variables.forEach((name, value) -> text.put(name, String.valueOf(value)));
    return text;
  }

  /** A union-pool case waiting at the stage, walked there by the system (no user, no guard). */
  private Task taskAt(Stage stage) {
    CaseFixtures cases = new CaseFixtures(engine);
    if (stage == Stage.REVIEW) {
      return cases.caseAtEligibilityReview();
    }
    Task task = cases.caseAtMediation("mediator-union");
    if (stage == Stage.SCHEDULE) {
      return task;
    }
    if (stage == Stage.SCHEDULE_BESIDE) {
      Task other = cases.caseAtMediation("mediator-union");
      engine.getIdentityService().setAuthentication("mediator", java.util.List.of("mediator-union"));
      try {
        engine.getTaskService().complete(other.getId(), Map.of("sessionMode", "in_person", "sessionPlace", "中心第一调解室",
            "sessionTime", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1) + "T09:30"));
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      return task;
    }
    engine.getTaskService().complete(task.getId(), Map.of("sessionMode", "in_person", "sessionPlace", "第一调解室",
        "sessionTime", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1) + "T09:30"));
    Task record = next(task);
    if (stage == Stage.RECORD) {
      return record;
    }
    engine.getTaskService().complete(record.getId(), Map.of("sessionNotes", "双方达成一致意见", "sessionResult", "agreement"));
    return next(record);
  }

  private Task next(Task previous) {
    return engine.getTaskService().createTaskQuery().processInstanceId(previous.getProcessInstanceId()).singleResult();
  }

  /** draft-agreement's list of each worker's amount as Tasklist submits it: a Json variable (the rows as escaped JSON text). */
  private static String workerAmounts(String escapedRows) {
    return "\"workerAmounts\":{\"type\":\"Json\",\"value\":\"" + escapedRows + "\"},";
  }

  private static String start(String name, String json) {
    Map<String, Object> form = new java.util.LinkedHashMap<>(CaseFixtures.walkInCase());
    StringBuilder body = new StringBuilder("{");
    form.forEach((key, value) -> {
      if (!key.equals(name)) {
        body.append('"').append(key).append("\":{\"value\":").append(value instanceof String ? "\"" + value + "\"" : value).append("},");
      }
    });
    return body.append('"').append(name).append("\":{\"value\":").append(json).append("}}").toString();
  }
}
