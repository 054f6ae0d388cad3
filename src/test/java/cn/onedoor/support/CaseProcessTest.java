package cn.onedoor.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every process scenario test starts from: the shared application context, the engine's clock
 * at Monday 21 September 2026 (a week before National Day), a {@link CaseDriver} and the case's
 * {@link CaseRecords}.
 */
@OneDoorSpringTest
public abstract class CaseProcessTest {

  public static final LocalDate MONDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 21);
  public static final java.util.List<String> CLERK = java.util.List.of("intake-clerk");
  public static final java.util.List<String> UNION_POOL = java.util.List.of("mediator-union");
  public static final java.util.List<String> LAWYER_POOL = java.util.List.of("mediator-lawyer");

  @Autowired protected ProcessEngine engine;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected cn.onedoor.referral.HandoffWorker handoffWorker;
  protected CaseDriver driver;
  protected CaseRecords records;

  @BeforeEach
  void startCaseProcessTest() {
    init(engine);
    driver = new CaseDriver(engine, handoffWorker);
    records = new CaseRecords(jdbc);
    driver.today(MONDAY_BEFORE_NATIONAL_DAY);
  }

  @AfterEach
  void resetClock() {
    driver.resetClock();
  }
}
