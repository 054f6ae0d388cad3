package cn.onedoor.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.OneDoorSpringTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agreement number is given when the mediator completes 制作调解协议书, so the job that renders
 * the PDF does not hold the counter row's lock while it renders (issue #16: other agreements waited
 * for the render, and on H2 timed out).
 */
@OneDoorSpringTest
class AgreementNumberTests {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired AgreementNumbers numbers;
  @Autowired AgreementDocuments documents;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void resetClock() {
    new CaseDriver(engine).resetClock();
  }

  @Test
  void theNumberIsGivenAtTheCompletionAndTheStoredAgreementCarriesIt() {
    CaseDriver driver = new CaseDriver(engine);
    driver.today(LocalDate.of(2026, 9, 14));
    String caseNumber = driver.caseWithDeferredAgreement();

    List<String> given = jdbc.queryForList("select agreement_number from agreement_number_allocation where case_number = ?",
        String.class, caseNumber);
    assertThat(given).hasSize(1);
    assertThat(given.get(0)).matches(".*〔2026〕第\\d+号");
    assertThat(documents.agreementNumber(caseNumber)).contains(given.get(0));
    // asked again (a retried job, a regenerated agreement): the same number, the counter untouched
    Integer before = counter();
    assertThat(numbers.numberFor(caseNumber, 2026)).isEqualTo(given.get(0));
    assertThat(counter()).isEqualTo(before);
  }

  @Test
  void theAgreementJobDoesNotHoldTheCounterWhileItRenders() {
    CaseDriver driver = new CaseDriver(engine);
    driver.today(LocalDate.of(2026, 9, 14));
    List<String> union = List.of("mediator-union");
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);
    driver.complete(kase, "Task_ScheduleSession", "mediator", union,
        "sessionMode", "in_person", "sessionTime", "2026-09-16T14:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", union, "sessionNotes", "双方同意按12000元结清", "sessionResult", "agreement");
    // the mediator completes 制作调解协议书; the job behind it has not run yet
    Task draft = driver.task(kase, "Task_DraftAgreement");
    engine.getIdentityService().setAuthentication("mediator", union);
    try {
      engine.getTaskService().complete(draft.getId(), Map.of("agreedAmount", "12000", "agreementItems", "被申请人支付申请人工资",
          "agreementPays", List.of("labour_remuneration"), "performanceMode", "deferred", "performanceDueDate", "2026-10-15",
          "confirmationType", "none"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String caseNumber = driver.businessKey(kase);
    assertThat(jdbc.queryForList("select agreement_number from agreement_number_allocation where case_number = ?", String.class,
        caseNumber)).hasSize(1);
    Job job = engine.getManagementService().createJobQuery().rootProcessInstanceId(kase.getId())
        .activityId("Task_GenerateAgreementDocument").singleResult();

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      // the job renders and stores the agreement in this transaction, which stays open as a slow render would
      engine.getManagementService().executeJob(job.getId());
      // meanwhile another mediator completes another agreement: it gets its number at once, not after the render
      String other = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
          .execute(s -> numbers.numberFor("测试〔2026〕并发" + System.nanoTime() + "号", 2026))).orTimeout(5, TimeUnit.SECONDS).join();
      assertThat(other).matches(".*〔2026〕第\\d+号");
      status.setRollbackOnly();
    });
  }

  @Test
  void aNumberGivenInATransactionThatRollsBackIsNotLost() {
    Integer before = counter();
    String caseNumber = "测试〔2026〕回滚" + System.nanoTime() + "号";
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      numbers.numberFor(caseNumber, 2026);
      status.setRollbackOnly();
    });
    // the year's counter row may be new (inserted at 0 in a transaction of its own); the number itself is rolled back
    assertThat(counter()).isEqualTo(before == null ? 0 : before);
    assertThat(jdbc.queryForObject("select count(*) from agreement_number_allocation where case_number = ?", Integer.class, caseNumber))
        .isZero();
  }

  private Integer counter() {
    List<Integer> values = jdbc.queryForList("select last_number from agreement_number_counter where agreed_year = 2026", Integer.class);
    return values.isEmpty() ? null : values.get(0);
  }
}
