package cn.onedoor.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.referral.CaseFiles;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case of three workers registered by {@code POST /api/cases} and walked to its agreement: the
 * draft form's list of each worker's amount (prefilled with the workers, names only in the task's
 * own options), hostile lists refused at the field through {@code /engine-rest}, and the agreement
 * that says what each is paid: stored, printed, numbered once, in the e-file; the register's total
 * is the agreed amount.
 */
class AgreementWorkerAmountsTests extends CaseProcessTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> UNION = List.of("mediator-union");

  @LocalServerPort int port;
  @Autowired AgreementDocuments documents;
  @Autowired CaseFiles caseFiles;
  @Autowired cn.onedoor.reporting.KpiService kpis;

  static String idNumber() {
    String first17 = "360802" + (1980 + ThreadLocalRandom.current().nextInt(20)) + "0" + (1 + ThreadLocalRandom.current().nextInt(9))
        + "1" + ThreadLocalRandom.current().nextInt(10) + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
    return first17 + IdentityNumbers.checkCharacter(first17);
  }

  /** Three workers: 孙丽 claims 30000, 周建国 nothing of his own, 吴敏 5000; 周建国 has an agent. */
  private ProcessInstance threeWorkerCaseAtTheAgreement() throws Exception {
    String body = """
        {"channel":"online","applicants":[
           {"name":"孙丽","idNumber":"%s","phone":"13912340001","claimAmount":"30000.00"},
           {"name":"周建国","idNumber":"%s","phone":"13912340002"},
           {"name":"吴敏","idNumber":"%s","claimAmount":"5000.00"}],
         "employer":{"name":"吉安市某某电子有限公司","creditCode":"91360821MA38ABCD13","phone":"13607960001",
           "address":"江西省吉安市吉州区工业园一路8号","legalRepresentative":"王建军"},
         "agents":[{"side":"applicant","name":"李律师","phone":"13912340009","applicantSeq":2},
                   {"side":"respondent","name":"陈法务","phone":"13912340008"}],
         "claim":{"disputeType":"wages","amount":"60000.00","description":"拖欠2026年7月至8月工资","knownDate":"2026-09-05"}}"""
        .formatted(idNumber(), idNumber(), idNumber());
    HttpResponse<String> created = HttpTestClient.basic(port, "clerk", "demo").postJson("/api/cases", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String caseNumber = JSON.readTree(created.body()).get("caseNumber").asText();
    ProcessInstance kase = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("LaborDisputeCase").singleResult();
    driver.accept(kase);
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T14:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION, "sessionNotes", "三名劳动者与单位达成一致", "sessionResult", "agreement");
    return kase;
  }

  private static String submission(String rows, String agreedAmount, boolean aboveClaimConfirmed) {
    return """
        {"variables":{"agreedAmount":{"value":"%s"},"agreementItems":{"value":"一、被申请人支付申请人2026年7月至8月工资；二、双方再无其他争议"},
         "agreementPays":{"type":"Json","value":"[\\"labour_remuneration\\"]"},"performanceMode":{"value":"on_the_spot"},
         "confirmationType":{"value":"none"},"agreedAmountAboveClaimConfirmed":{"value":%s},
         "workerAmounts":{"type":"Json","value":%s}}}""".formatted(agreedAmount, aboveClaimConfirmed, JSON.valueToTree(rows).toString());
  }

  private static String rows(String... workerAndAmount) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < workerAndAmount.length; i += 2) {
      rows.add("{\"worker\":\"" + workerAndAmount[i] + "\",\"amount\":\"" + workerAndAmount[i + 1] + "\"}");
    }
    return "[" + String.join(",", rows) + "]";
  }

  /** The fields an /engine-rest refusal names ("…（字段 fields: workerAmounts[0].amount, agreedAmount）"). */
  private static List<String> errorFields(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Exception:", "org.camunda", "SQL").containsPattern("\\p{IsHan}");
    String message = JSON.readTree(response.body()).path("message").asText();
    java.util.regex.Matcher fields = java.util.regex.Pattern.compile("fields: ([^）)]*)").matcher(message);
    assertThat(fields.find()).as(message).isTrue();
    return List.of(fields.group(1).split(",\\s*"));
  }

  @Test
  void threeWorkersAreEachPaidTheirAmountInTheAgreementItsPdfTheRegisterAndTheEFile() throws Exception {
    ProcessInstance kase = threeWorkerCaseAtTheAgreement();
    String caseNumber = driver.businessKey(kase);
    Task draft = driver.task(kase, "Task_DraftAgreement");

    // the form's list starts with the three workers (seq only); their names are the task's own options
    Object prefilled = cn.onedoor.party.JsonValues.plain(engine.getTaskService().getVariable(draft.getId(), "workerAmounts"));
    assertThat(prefilled).isEqualTo(List.of(Map.of("worker", "1"), Map.of("worker", "2"), Map.of("worker", "3")));
    assertThat(cn.onedoor.party.JsonValues.plain(engine.getTaskService().getVariableLocal(draft.getId(), "caseWorkers")).toString())
        .contains("孙丽（本人请求 30000.00 元）", "周建国", "吴敏（本人请求 5000.00 元）");

    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");
    String url = "/engine-rest/task/" + draft.getId() + "/submit-form";
    StringBuilder tenThousand = new StringBuilder("[");
    for (int i = 0; i < 10_000; i++) {
      tenThousand.append(i == 0 ? "" : ",").append("{\"worker\":\"1\",\"amount\":\"1\"}");
    }
    Map<String, List<String>> hostile = new java.util.LinkedHashMap<>();
    hostile.put(submission(rows("1", "-1", "2", "4000", "3", "3000"), "6999", false), List.of("workerAmounts[0].amount"));
    hostile.put(submission(rows("1", "三千", "2", "4000", "3", "3000"), "7000", false), List.of("workerAmounts[0].amount"));
    hostile.put(submission(rows("1", "3000", "1", "4000", "3", "3000"), "10000", false), List.of("workerAmounts[1].worker"));
    hostile.put(submission(rows("1", "3000", "4", "4000", "3", "3000"), "10000", false), List.of("workerAmounts[1].worker"));
    hostile.put(submission(rows("1", "3000", "2", "4000"), "7000", false), List.of("workerAmounts"));
    hostile.put(submission(rows("1", "3000", "2", "4000", "3", "3000"), "10000.01", false), List.of("agreedAmount"));
    hostile.put(submission(rows("1", "3000", "2", "4000", "3", "5000.01"), "12000.01", false), List.of("workerAmounts[2].amount"));
    hostile.put(submission(tenThousand.append("]").toString(), "10000", false), List.of("workerAmounts"));
    hostile.put(submission("[{\"worker\":\"1\",\"amount\":\"3000\",\"name\":\"孙丽\"}]", "3000", false), List.of("workerAmounts[0].name"));
    hostile.put(submission("\"孙丽3000\"", "3000", false), List.of("workerAmounts"));
    for (Map.Entry<String, List<String>> bad : hostile.entrySet()) {
      assertThat(errorFields(mediator.postJson(url, bad.getKey()))).as(bad.getKey().length() > 400 ? "10,000 rows" : bad.getKey())
          .containsAll(bad.getValue());
    }
    // several workers and no list: refused, whatever the door (here the Java API the /api door uses)
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(kase, "Task_DraftAgreement", "mediator", UNION,
            "agreedAmount", "10000", "agreementItems", "被申请人支付申请人工资10000元", "agreementPays", List.of("labour_remuneration"),
            "performanceMode", "on_the_spot", "confirmationType", "none"))
        .hasMessageContaining("逐人填写");
    assertThat(documents.hasAgreement(caseNumber)).isFalse();

    // 吴敏 above her own claim, confirmed
    HttpResponse<String> accepted = mediator.postJson(url, submission(rows("1", "3000", "2", "4000.50", "3", "5000.01"), "12000.51", true));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    driver.runStepsAfterUserTasks(kase);

    assertThat(documents.workerAmounts(caseNumber)).containsExactly(new AgreementDocuments.WorkerAmount(1, new BigDecimal("3000.00")),
        new AgreementDocuments.WorkerAmount(2, new BigDecimal("4000.50")), new AgreementDocuments.WorkerAmount(3, new BigDecimal("5000.01")));
    assertThat(jdbc.queryForObject("select agreed_amount from case_register where case_number = ?", BigDecimal.class, caseNumber))
        .isEqualByComparingTo("12000.51");
    String number = documents.agreementNumber(caseNumber).orElseThrow();
    assertThat(number).matches("劳调协〔2026〕第[1-9][0-9]*号");
    String text = documents.text(caseNumber).orElseThrow();
    assertThat(text).contains(number, "申请人：孙丽。", "申请人：周建国。", "委托代理人：李律师（申请人周建国的委托代理人）。",
            "一、被申请人支付申请人2026年7月至8月工资。", "二、双方再无其他争议。",
            "三、被申请人向申请人共计支付人民币12000.51元", "（一）向申请人孙丽支付人民币3000.00元", "（二）向申请人周建国支付人民币4000.50元",
            "（三）向申请人吴敏支付人民币5000.01元", "四、被申请人于本协议签订时当场履行上述义务。")
        .doesNotContain("13912340001", "五、");
    documents.pdf(caseNumber).ifPresent(pdf -> {
      try {
        String printed = AgreementPdfTests.textOf(pdf);
        assertThat(printed).contains(number, "申请人：孙丽，", "联系电话：13912340001", "被申请人：吉安市某某电子有限公司，统一社会信用代码：91360821MA38ABCD13，住所：江西省吉安市吉州区工业园一路8号，法定代表人：王建军，联系电话：13607960001。",
            "委托代理人：陈法务（被申请人的委托代理人）", "（二）向申请人周建国支付人民币4000.50元（大写：人民币肆仟元伍角整）；")
            .doesNotContain("****");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    // no name in any variable of the case's list
    assertThat(String.valueOf(cn.onedoor.party.JsonValues.plain(driver.calledProcessVariable(kase, "CaseMediation", "workerAmounts"))))
        .doesNotContain("孙丽", "周建国", "吴敏");

    JsonNode agreement = caseFiles.build(caseNumber, "arbitration_referral", cn.onedoor.process.ReferralVariables.of(noVariables()))
        .path("agreement");
    assertThat(agreement.path("number").asText()).isEqualTo(number);
    assertThat(agreement.path("agreedAmount").asText()).isEqualTo("12000.51");
    assertThat(agreement.path("workerAmounts").toString())
        .isEqualTo("[{\"seq\":1,\"amount\":\"3000.00\"},{\"seq\":2,\"amount\":\"4000.50\"},{\"seq\":3,\"amount\":\"5000.01\"}]");
  }

  /** A scope without variables: the e-file's variable parts stay empty, its register and agreement parts are what is tested. */
  private static org.camunda.bpm.engine.delegate.VariableScope noVariables() {
    return (org.camunda.bpm.engine.delegate.VariableScope) java.lang.reflect.Proxy.newProxyInstance(
        AgreementWorkerAmountsTests.class.getClassLoader(), new Class<?>[] {org.camunda.bpm.engine.delegate.VariableScope.class},
        (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
  }

  /**
   * 挽回经济损失 is the sum of agreed amounts (DOMAIN.md's KPI): a partly performed agreement keeps its
   * agreed amount there, and what was paid is recorded beside it.
   */
  @Test
  void thePaidPartOfAPartlyPerformedAgreementIsRecordedWhileTheAmountRecoveredStaysTheAgreedAmount() {
    String caseNumber = driver.caseWithDeferredAgreement();
    java.time.LocalDate accepted = jdbc.queryForObject("select accepted_on from case_register where case_number = ?",
        java.time.LocalDate.class, caseNumber);
    BigDecimal before = new BigDecimal(kpis.kpis(accepted, accepted).amountRecovered());
    ProcessInstance kase = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("LaborDisputeCase").singleResult();
    driver.today(java.time.LocalDate.of(2026, 10, 16));
    driver.executeJob(kase, "TimerEvent_PerformanceDue");
    driver.complete(kase, "Task_ConfirmPerformance", "mediator", UNION, "performance", "partial", "performedAmount", "5000");

    BigDecimal after = new BigDecimal(kpis.kpis(accepted, accepted).amountRecovered());
    assertThat(after).as("12000 agreed, 5000 paid: the KPI counts the agreement").isEqualByComparingTo(before);
    assertThat(jdbc.queryForObject("select performed_amount from case_register where case_number = ?", BigDecimal.class, caseNumber))
        .isEqualByComparingTo("5000");
  }

  @Test
  void aCaseOfOneWorkerTakesTheSingleAmountAsTodayAndItsRegeneratedAgreementKeepsItsNumber() {
    String caseNumber = driver.caseWithDeferredAgreement();
    assertThat(documents.workerAmounts(caseNumber)).containsExactly(new AgreementDocuments.WorkerAmount(1, new BigDecimal("12000.00")));
    String number = documents.agreementNumber(caseNumber).orElseThrow();
    assertThat(number).startsWith("劳调协〔2026〕第");

    AgreementTerms again = new AgreementTerms(caseNumber, "赵小红", "吉安市某某制衣有限公司", new BigDecimal("12000.00"),
        "被申请人支付申请人2026年8月至10月工资", false, java.time.LocalDate.of(2026, 10, 15), java.time.LocalDate.of(2026, 9, 21),
        "wages", "拖欠工资", List.of("labour_remuneration"));
    documents.create(again);
    assertThat(documents.agreementNumber(caseNumber)).contains(number);
    assertThat(documents.text(caseNumber).orElseThrow()).contains(number);
    // the next case's agreement takes the next number of the year
    String next = documents.agreementNumber(driver.caseWithDeferredAgreement()).orElseThrow();
    assertThat(Integer.parseInt(next.replaceAll("\\D+", "").substring(4))).isGreaterThan(Integer.parseInt(number.replaceAll("\\D+", "").substring(4)));
  }
}
