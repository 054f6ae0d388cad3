package cn.onedoor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register and Camunda's history tell the same story: the KPIs from the case register
 * ({@link KpiService}) equal those computed from ACT_HI_* ({@link HistoryKpis}, both ways), on rows
 * the engine itself wrote and on a few thousand cases from the benchmark's seeder. The small
 * version of {@code KpiBenchmark}; PostgreSQL only (the history queries and the seeder are).
 */
@Tag("postgres-only")
class RegisterAndHistoryKpisTests extends CaseProcessTest {

  /** Any day: the engine test compares what its own cases add ({@link KpiDifference}), not the day's totals. */
  static final LocalDate ENGINE_DAY = LocalDate.of(2026, 6, 15);
  static final String KNOWN = "2026-05-31";

  /** Seeded years, far from every other test's data. */
  static final CaseHistorySeeder.Plan PLAN = new CaseHistorySeeder.Plan(1_200, 120, LocalDate.of(2001, 1, 1),
      LocalDate.of(2003, 6, 30), LocalDate.of(2003, 9, 1), LocalDate.of(2003, 11, 9), 2, true);

  @Autowired KpiService register;

  HistoryKpis history() {
    return new HistoryKpis(jdbc);
  }

  @Test
  void historyFiguresFromTheEnginesOwnRowsEqualTheRegister() {
    driver.today(ENGINE_DAY);
    Kpis registerBefore = register.kpis(ENGINE_DAY, ENGINE_DAY);
    Map<HistoryKpis.Method, Kpis> historyBefore = new java.util.EnumMap<>(HistoryKpis.Method.class);
    for (HistoryKpis.Method method : HistoryKpis.Method.values()) {
      historyBefore.put(method, history().kpis(ENGINE_DAY, ENGINE_DAY, method));
    }
    List<String> clerk = List.of("intake-clerk");
    List<String> union = List.of("mediator-union");
    List<String> lawyers = List.of("mediator-lawyer");

    // settled on the spot; three workers, as Tasklist submits them (Integer)
    ProcessInstance onTheSpot = driver.registerThroughStartForm(CaseDriver.walkIn("workerCount", 3, "knownDate", KNOWN));
    accept(onTheSpot);
    work(onTheSpot, "Task_ScheduleSession", "mediator", union,
        "sessionMode", "in_person", "sessionTime", "2026-06-16T09:30", "sessionPlace", "中心第一调解室");
    work(onTheSpot, "Task_RecordSession", "mediator", union, "sessionNotes", "双方达成一致意见", "sessionResult", "agreement");
    work(onTheSpot, "Task_DraftAgreement", "mediator", union, "agreedAmount", "12000.5", "agreementItems", "被申请人支付申请人工资12000.5元", "agreementPays", List.of("labour_remuneration"),
        "performanceMode", "on_the_spot", "confirmationType", "none");

    // agreement with deferred performance, still open; the lawyers' pool
    ProcessInstance deferred = driver.registerThroughStartForm(CaseDriver.walkIn("disputeType", "dismissal", "knownDate", KNOWN));
    accept(deferred);
    work(deferred, "Task_ScheduleSession", "mediator2", lawyers,
        "sessionMode", "cloud", "sessionTime", "2026-06-16T14:00");
    work(deferred, "Task_RecordSession", "mediator2", lawyers, "sessionNotes", "双方同意分期履行", "sessionResult", "agreement");
    work(deferred, "Task_DraftAgreement", "mediator2", lawyers, "agreedAmount", "8000.00", "agreementItems", "被申请人支付申请人经济补偿8000元", "agreementPays", List.of("economic_compensation"),
        "performanceMode", "deferred", "performanceDueDate", "2026-07-15", "confirmationType", "none");

    // accepted, the session task claimed but not yet done: no mediator recorded
    ProcessInstance waiting = driver.registerThroughStartForm(CaseDriver.walkIn("knownDate", KNOWN));
    accept(waiting);
    String session = driver.task(waiting, "Task_ScheduleSession").getId();
    driver.as("mediator", union, () -> {
      engine.getTaskService().claim(session, "mediator");
      return null;
    });

    // not accepted: not counted
    ProcessInstance rejected = driver.registerThroughStartForm(CaseDriver.walkIn("knownDate", KNOWN));
    driver.complete(rejected, "Task_ReviewEligibility", "clerk", clerk, "inScope", false,
        "rejectionReason", "不属于受案范围");

    Kpis fromRegister = KpiDifference.between(registerBefore, register.kpis(ENGINE_DAY, ENGINE_DAY));
    assertThat(fromRegister.casesReceived()).isEqualTo(3);
    assertThat(fromRegister.workersInvolved()).isEqualTo(5);
    assertThat(fromRegister.agreementsReached()).isEqualTo(2);
    assertThat(fromRegister.performedOnTheSpot()).isEqualTo(1);
    assertThat(fromRegister.amountRecovered()).isEqualTo("20000.50");
    assertThat(fromRegister.breakdowns().get("mediator")).extracting(Kpis.Row::key).containsExactly("", "mediator", "mediator2");
    for (HistoryKpis.Method method : HistoryKpis.Method.values()) {
      assertThat(KpiDifference.between(historyBefore.get(method), history().kpis(ENGINE_DAY, ENGINE_DAY, method)))
          .as(method.name()).isEqualTo(fromRegister);
    }
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"2002-01-01, 2002-12-31", "2003-10-01, 2003-10-31", "2001-01-01, 2003-12-31", "2002-12-20, 2003-01-10"})
  void seededCasesGiveTheSameFiguresFromTheRegisterAndFromTheHistory(LocalDate from, LocalDate to) {
    seedOnce();
    Kpis fromRegister = register.kpis(from, to);

    assertThat(fromRegister.casesReceived()).isPositive();
    assertThat(fromRegister.agreementsReached()).isBetween(1L, fromRegister.casesReceived() - 1);
    assertThat(totalsOfThePlan(from, to)).containsExactly(fromRegister.casesReceived(), fromRegister.workersInvolved(),
        fromRegister.enterprisesInvolved(), fromRegister.agreementsReached(), fromRegister.performedOnTheSpot(),
        new BigDecimal(fromRegister.amountRecovered()));
    for (HistoryKpis.Method method : HistoryKpis.Method.values()) {
      assertThat(history().kpis(from, to, method)).as(method.name()).isEqualTo(fromRegister);
    }
  }

  @Test
  void theSeededHistoryHasTheEnginesShape() {
    seedOnce();
    // one row per variable and instance; numbers in long_ and text_, booleans in long_ only
    assertThat(jdbc.queryForObject("""
        select count(*) from (select proc_inst_id_, name_ from act_hi_varinst where id_ like '%-11f1-b002-%'
        group by proc_inst_id_, name_ having count(*) > 1) d""", Long.class)).isZero();
    Map<String, Object> workers = jdbc.queryForMap("""
        select var_type_, long_, text_ from act_hi_varinst where id_ like '%-11f1-b002-%' and name_ = 'workerCount' limit 1""");
    assertThat(workers.get("var_type_")).isEqualTo("long");
    assertThat(String.valueOf(workers.get("long_"))).isEqualTo(workers.get("text_"));
    assertThat(jdbc.queryForObject("""
        select count(*) from act_hi_varinst where id_ like '%-11f1-b002-%' and var_type_ = 'boolean'
        and (text_ is not null or long_ not in (0, 1))""", Long.class)).isZero();
    // every call activity points at its case; every instance of a closed case carries a removal time, of an open one none
    assertThat(jdbc.queryForObject("""
        select count(*) from act_hi_procinst s left join act_hi_procinst p on p.id_ = s.super_process_instance_id_
        where s.id_ like '%-11f1-b002-%' and s.super_process_instance_id_ is not null and p.proc_def_key_ is distinct from 'LaborDisputeCase'""",
        Long.class)).isZero();
    assertThat(jdbc.queryForObject("""
        select count(*) from act_hi_procinst s join act_hi_procinst r on r.id_ = s.root_proc_inst_id_
        where s.id_ like '%-11f1-b002-%' and (r.state_ = 'COMPLETED') <> (s.removal_time_ is not null)""", Long.class)).isZero();
  }

  private void accept(ProcessInstance kase) {
    work(kase, "Task_ReviewEligibility", "clerk", List.of("intake-clerk"),
        "inScope", true, "employerConsents", true);
  }

  /** As in Tasklist: the user claims the task, then completes it. */
  private void work(ProcessInstance kase, String taskKey, String user, List<String> groups, Object... variables) {
    String task = driver.task(kase, taskKey).getId();
    driver.as(user, groups, () -> {
      engine.getTaskService().claim(task, user);
      return null;
    });
    driver.complete(kase, taskKey, user, groups, variables);
  }

  private void seedOnce() {
    synchronized (RegisterAndHistoryKpisTests.class) {
      Long seeded = jdbc.queryForObject("select count(*) from case_register where case_year between 2001 and 2003", Long.class);
      if (seeded == 0) {
        new CaseHistorySeeder(jdbc.getDataSource(), System.out::println).seed(PLAN, false);
      }
    }
  }

  /** The totals straight from the seeder's plan (kpi_seed_case), a third source. */
  private List<Object> totalsOfThePlan(LocalDate from, LocalDate to) {
    Map<String, Object> row = jdbc.queryForMap("""
        select count(*) as cases, coalesce(sum(worker_count), 0) as workers, count(distinct employer_credit_code) as employers,
               count(agreement_at) as agreements, count(case when on_the_spot then 1 end) as on_the_spot,
               coalesce(sum(agreed_amount), 0) as amount
        from kpi_seed_case where decision = 'accepted' and decided_on between ? and ?""", from, to);
    return List.of(((Number) row.get("cases")).longValue(), ((Number) row.get("workers")).longValue(),
        ((Number) row.get("employers")).longValue(), ((Number) row.get("agreements")).longValue(),
        ((Number) row.get("on_the_spot")).longValue(), ((BigDecimal) row.get("amount")).setScale(2));
  }
}
