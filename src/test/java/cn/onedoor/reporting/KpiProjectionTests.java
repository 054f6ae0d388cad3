package cn.onedoor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.register.CaseRegister;
import cn.onedoor.register.CaseRegisters;
import cn.onedoor.register.CaseStage;
import cn.onedoor.support.RegisterDatabase;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the KPIs come from the daily projection; whatever happens to the register, through
 * {@link CaseRegister} or plain SQL, the next report equals the register read directly. On a register
 * database of its own ({@link RegisterDatabase}), without the application: the figures are those of
 * this test's cases only, whatever days other tests accept theirs on.
 */
@Tag("postgres-only")
class KpiProjectionTests {

  static final LocalDate MONDAY = LocalDate.of(1997, 3, 3);
  static final List<LocalDate[]> PERIODS = List.of(
      new LocalDate[] {LocalDate.of(1997, 1, 1), LocalDate.of(1997, 12, 31)},
      new LocalDate[] {MONDAY, MONDAY},
      new LocalDate[] {MONDAY.plusDays(1), MONDAY.plusDays(30)});

  JdbcTemplate jdbc;
  KpiService kpis;
  CaseRegister register;

  @BeforeEach
  void registerOfItsOwn() {
    RegisterDatabase database = RegisterDatabase.create();
    jdbc = database.jdbc();
    kpis = new KpiService(jdbc, database.transactions(), CaseRegisters.figures(jdbc));
    register = CaseRegisters.on(jdbc);
  }

  @Test
  void everyChangeToTheRegisterIsInTheNextReport() {
    insert("PRJ-1", MONDAY, "window", "wages", 1);
    insert("PRJ-2", MONDAY, "online", "dismissal", 3);
    insert("PRJ-3", null, "phone", "injury", 1);
    assertProjectionEqualsRegister(2);

    // triage, mediator, agreement, as the process records them
    register.recordTriage("PRJ-1", "mediator-union", "normal");
    register.recordMediator("PRJ-1", "mediator");
    register.recordTriage("PRJ-2", "mediator-lawyer", "normal");
    assertProjectionEqualsRegister(2);
    register.recordAgreement("PRJ-1", new BigDecimal("12000.50"), true, MONDAY.plusDays(40));
    register.recordMediator("PRJ-2", "mediator2");
    register.recordAgreement("PRJ-2", new BigDecimal("800.00"), false, MONDAY.plusDays(2));
    Kpis year = assertProjectionEqualsRegister(2);
    assertThat(year.agreementsReached()).isEqualTo(2);
    assertThat(year.performedOnTheSpot()).isEqualTo(1);
    assertThat(year.amountRecovered()).isEqualTo("12800.50");
    assertThat(year.breakdowns().get("mediator")).extracting(Kpis.Row::key).containsExactly("mediator", "mediator2");

    // a third case accepted a day later; mediators swapped; a case moved to another day by hand, then removed
    register.enterStage("PRJ-3", CaseStage.ACCEPTED, MONDAY.plusDays(1));
    register.recordMediator("PRJ-1", "mediator2");
    register.recordMediator("PRJ-2", "mediator");
    assertProjectionEqualsRegister(3);
    jdbc.update("update case_register set accepted_on = ?, worker_count = 7 where case_number = 'PRJ-2'", Date.valueOf(MONDAY.plusDays(9)));
    assertThat(assertProjectionEqualsRegister(3).workersInvolved()).isEqualTo(9);
    jdbc.update("delete from case_register where case_number = 'PRJ-1'");
    assertThat(assertProjectionEqualsRegister(2).enterprisesInvolved()).isEqualTo(2);
    // nothing left to bring up to date once a report has been made
    assertThat(kpis.bringProjectionUpToDate()).isZero();
  }

  private Kpis assertProjectionEqualsRegister(long casesThatYear) {
    for (LocalDate[] period : PERIODS) {
      assertThat(kpis.kpis(period[0], period[1])).as("%s to %s", period[0], period[1])
          .isEqualTo(kpis.fromRegister(period[0], period[1]));
    }
    Kpis year = kpis.kpis(PERIODS.get(0)[0], PERIODS.get(0)[1]);
    assertThat(year.casesReceived()).isEqualTo(casesThatYear);
    return year;
  }

  private void insert(String caseNumber, LocalDate accepted, String channel, String disputeType, int workers) {
    jdbc.update("""
        insert into case_register (case_number, case_year, case_seq, channel, applicant_name, applicant_id_masked,
          applicant_id_hash, employer_name, employer_credit_code, dispute_type, claimed_amount, worker_count, collective,
          status, received_on, accepted_on, created_at, updated_at)
        values (?, 1997, ?, ?, '劳动者', '1101**********0000', ?, '企业', ?, ?, 20000.00, ?, false, 'accepted', ?, ?, ?, ?)""",
        caseNumber, Integer.parseInt(caseNumber.substring(4)), channel, "hash-" + caseNumber, "PRJ00000000000000" + caseNumber.charAt(4),
        disputeType, workers, Date.valueOf(MONDAY.minusDays(1)), accepted == null ? null : Date.valueOf(accepted),
        OffsetDateTime.now(), OffsetDateTime.now());
  }
}
