package cn.onedoor.register;

import cn.onedoor.party.CaseParties;
import cn.onedoor.party.CaseParty;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The case register: one row per case with what search and reports need, kept current by the
 * process (registration, stage listeners, agreement, closing). Runs in the engine's transaction.
 */
@Repository
public class CaseRegister {

  private final JdbcTemplate jdbc;
  private final CaseParties parties;

  CaseRegister(JdbcTemplate jdbc, CaseParties parties) {
    this.jdbc = jdbc;
    this.parties = parties;
  }

  /** Registers a case with every party (applicants, employer, agents), in the caller's transaction. */
  public void insert(RegisteredCase c, List<CaseParty> parties) {
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.update("""
        insert into case_register (case_number, case_year, case_seq, process_instance_id, channel,
          applicant_name, applicant_id_masked, applicant_id_hash, employer_name, employer_credit_code,
          dispute_type, claimed_amount, worker_count, collective, status, received_on, mediation_deadline,
          entrustment_deadline, court_case_number, limitation_status, limitation_expiry, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        c.caseNumber(), c.year(), c.sequence(), c.processInstanceId(), c.channel(),
        c.applicantName(), c.applicantIdMasked(), c.applicantIdHash(), c.employerName(), c.employerCreditCode(),
        c.disputeType(), c.claimedAmount(), c.workerCount(), c.collective(), CaseStage.REGISTERED.code(),
        sqlDate(c.receivedOn()), sqlDate(c.mediationDeadline()), sqlDate(c.entrustmentDeadline()),
        c.courtCaseNumber(), c.limitationStatus(), sqlDate(c.limitationExpiry()), now, now);
    this.parties.insert(c.caseNumber(), parties);
  }

  /**
   * Registers a closed case of the centre's earlier register with all its parties, in the
   * caller's transaction; stage {@code closed}, {@code imported_at} now.
   */
  public void insertClosed(ClosedCase closed, List<CaseParty> parties) {
    RegisteredCase c = closed.registered();
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.update("""
        insert into case_register (case_number, case_year, case_seq, process_instance_id, channel,
          applicant_name, applicant_id_masked, applicant_id_hash, employer_name, employer_credit_code,
          dispute_type, claimed_amount, agreed_amount, performed_on_the_spot, worker_count, collective, status, outcome,
          received_on, accepted_on, agreement_on, closed_on, mediation_deadline, entrustment_deadline, court_case_number,
          limitation_status, limitation_expiry, original_case_number, imported_at, created_at, updated_at)
        values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        c.caseNumber(), c.year(), c.sequence(), c.channel(),
        c.applicantName(), c.applicantIdMasked(), c.applicantIdHash(), c.employerName(), c.employerCreditCode(),
        c.disputeType(), c.claimedAmount(), closed.agreedAmount(), closed.performedOnTheSpot(), c.workerCount(), c.collective(),
        CaseStage.CLOSED.code(), closed.outcome().code(), sqlDate(c.receivedOn()), sqlDate(closed.acceptedOn()),
        sqlDate(closed.agreementOn()), sqlDate(closed.closedOn()), sqlDate(c.mediationDeadline()), sqlDate(c.entrustmentDeadline()),
        c.courtCaseNumber(), c.limitationStatus(), sqlDate(c.limitationExpiry()), closed.originalCaseNumber(), now, now, now);
    this.parties.insert(c.caseNumber(), parties);
  }

  /** The case registered under, or imported with, this original number. */
  public Optional<String> caseWithNumber(String number) {
    return jdbc.queryForList("select case_number from case_register where case_number = ? or original_case_number = ?",
        String.class, number, number).stream().findFirst();
  }

  /** A case of the same first applicant and employer received on the same day: the same application. */
  public Optional<String> caseReceived(String applicantIdHash, String employerCreditCode, LocalDate receivedOn) {
    return jdbc.queryForList("""
        select case_number from case_register
        where applicant_id_hash = ? and employer_credit_code = ? and received_on = ? order by case_number""",
        String.class, applicantIdHash, employerCreditCode, sqlDate(receivedOn)).stream().findFirst();
  }

  /** The dates a case of an earlier register was imported with (empty for a case OneDoor handled itself). */
  public record ImportedDates(LocalDate received, LocalDate accepted, LocalDate agreement, LocalDate closed, String outcome,
                              OffsetDateTime importedAt) {}

  public Optional<ImportedDates> imported(String caseNumber) {
    return jdbc.query("""
        select received_on, accepted_on, agreement_on, closed_on, outcome, imported_at from case_register
        where case_number = ? and imported_at is not null""",
        (rs, i) -> new ImportedDates(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5),
            rs.getObject(6, OffsetDateTime.class)), caseNumber).stream().findFirst();
  }

  /** All parties of a case: applicants in their order, then the employer. */
  public List<CaseParty> parties(String caseNumber) {
    return parties.of(caseNumber);
  }

  public boolean exists(String caseNumber) {
    Integer count = jdbc.queryForObject("select count(*) from case_register where case_number = ?", Integer.class, caseNumber);
    return count != null && count > 0;
  }

  /** Whether the case is in the register and closed (a closed case takes no more messages). */
  public boolean isClosed(String caseNumber) {
    Integer count = jdbc.queryForObject("select count(*) from case_register where case_number = ? and closed_on is not null",
        Integer.class, caseNumber);
    return count != null && count > 0;
  }

  /** Who works a case: its mediator pool (set at triage) and its mediator (set when a session is scheduled). */
  public record Keepers(String mediatorPool, String mediatorId) {}

  /** The case's keepers; empty for a case not in the register. */
  public Optional<Keepers> keepers(String caseNumber) {
    return jdbc.query("select mediator_pool, mediator_id from case_register where case_number = ?",
        (rs, i) -> new Keepers(rs.getString(1), rs.getString(2)), caseNumber).stream().findFirst();
  }

  /** Open cases of the same worker against the same employer: likely duplicates, shown, never merged. */
  /** At most this many open cases of one worker and employer are named as possible duplicates. */
  public static final int DUPLICATES_NAMED = 20;

  /**
   * The latest open cases of the same worker (by fingerprint) and employer, newest first, at most
   * {@link #DUPLICATES_NAMED}: a warning for the clerk, shown in forms and kept in a process variable
   * (whose text holds 4,000 characters), not a search.
   */
  public List<String> openCasesOf(String applicantIdHash, String employerCreditCode) {
    return jdbc.queryForList("""
        select case_number from case_register
        where applicant_id_hash = ? and employer_credit_code = ? and closed_on is null
        order by case_year desc, case_seq desc
        fetch first %d rows only""".formatted(DUPLICATES_NAMED), String.class, applicantIdHash, employerCreditCode);
  }

  public void enterStage(String caseNumber, CaseStage stage, LocalDate on) {
    String dateColumn = switch (stage) {
      case ACCEPTED -> ", accepted_on = ?";
      case AGREEMENT -> ", agreement_on = ?";
      default -> "";
    };
    Object[] args = dateColumn.isEmpty()
        ? new Object[] {stage.code(), OffsetDateTime.now(), caseNumber}
        : new Object[] {stage.code(), OffsetDateTime.now(), sqlDate(on), caseNumber};
    update("update case_register set status = ?, updated_at = ?" + dateColumn + " where case_number = ?", args);
  }

  public void recordTriage(String caseNumber, String mediatorPool, String priority) {
    update("update case_register set mediator_pool = ?, priority = ?, updated_at = ? where case_number = ?",
        mediatorPool, priority, OffsetDateTime.now(), caseNumber);
  }

  /**
   * The case's mediator (承办人) is whoever scheduled its first session: recorded once; later
   * sessions keep her (a supervisor changes her through {@link CaseMediators#reassign}).
   */
  public void recordFirstMediator(String caseNumber, String mediatorId) {
    jdbc.update("update case_register set mediator_id = ?, updated_at = ? where case_number = ? and mediator_id is null",
        mediatorId, OffsetDateTime.now(), caseNumber);
  }

  public void recordMediator(String caseNumber, String mediatorId) {
    update("update case_register set mediator_id = ?, updated_at = ? where case_number = ?", mediatorId, OffsetDateTime.now(), caseNumber);
  }

  public void recordMediationDeadline(String caseNumber, LocalDate deadline) {
    update("update case_register set mediation_deadline = ?, updated_at = ? where case_number = ?",
        sqlDate(deadline), OffsetDateTime.now(), caseNumber);
  }

  public void recordAgreement(String caseNumber, BigDecimal agreedAmount, boolean performedOnTheSpot, LocalDate on) {
    update("""
        update case_register set agreed_amount = ?, performed_on_the_spot = ?, agreement_on = ?, status = ?, updated_at = ?
        where case_number = ?""", agreedAmount, performedOnTheSpot, sqlDate(on), CaseStage.AGREEMENT.code(), OffsetDateTime.now(), caseNumber);
  }

  /**
   * 确认协议履行: what the employer actually paid (the agreed amount when fully performed, less when
   * partly, 0 when not at all); 挽回经济损失 counts it instead of the agreed amount.
   */
  public void recordPerformance(String caseNumber, BigDecimal performedAmount) {
    update("update case_register set performed_amount = ?, updated_at = ? where case_number = ?",
        performedAmount, OffsetDateTime.now(), caseNumber);
  }

  /** What the employer paid as confirmed at 确认协议履行 (null until then, and for agreements performed on the spot). */
  public Optional<BigDecimal> performedAmount(String caseNumber) {
    return jdbc.queryForList("select performed_amount from case_register where case_number = ? and performed_amount is not null",
        BigDecimal.class, caseNumber).stream().findFirst();
  }

  /**
   * Closes the case of this process instance: the row must name the instance (a process can only
   * close its own case) and still be open.
   */
  public void close(String caseNumber, String processInstanceId, String outcome, LocalDate on) {
    int rows = jdbc.update("""
        update case_register set status = ?, outcome = ?, closed_on = ?, updated_at = ?
        where case_number = ? and process_instance_id = ? and status <> ?""",
        CaseStage.CLOSED.code(), outcome, sqlDate(on), OffsetDateTime.now(), caseNumber, processInstanceId,
        CaseStage.CLOSED.code());
    if (rows != 1) {
      throw new IllegalStateException("Case " + caseNumber + " is not an open case of process instance " + processInstanceId);
    }
  }

  /** A party's full contact data (kept by {@link CaseParties}). */
  public Optional<Party> party(String caseNumber, String role) {
    return parties.find(caseNumber, role).map(p -> new Party(p.role(), p.name(), p.idNumber(), p.creditCode(), p.phone()));
  }

  /** One party of the case by role and sequence number (a notice's addressee). */
  public Optional<CaseParty> party(String caseNumber, String role, int seq) {
    return parties.find(caseNumber, role, seq);
  }

  /** The process instance of the case (the root of its processes); empty for a case not in the register. */
  public Optional<String> processInstanceId(String caseNumber) {
    return jdbc.query("select process_instance_id from case_register where case_number = ?",
        (rs, i) -> rs.getString(1), caseNumber).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  /** What the case e-file carries from the register. Dates as {@code yyyy-MM-dd}. */
  public record FileFacts(String channel, String disputeType, String courtCaseNumber, String receivedOn, String acceptedOn,
                          BigDecimal claimedAmount, int workerCount, boolean collective, String mediatorPool, String mediatorId,
                          String mediationDeadline, String applicantName, String employerName) {}

  /** The case's register facts for its e-file; {@link CaseNotFoundException} for a case not in the register. */
  public FileFacts fileFacts(String caseNumber) {
    return jdbc.query("""
        select channel, dispute_type, court_case_number, received_on, accepted_on, claimed_amount, worker_count, collective,
          mediator_pool, mediator_id, mediation_deadline, applicant_name, employer_name
        from case_register where case_number = ?""",
        (rs, i) -> new FileFacts(rs.getString(1), rs.getString(2), rs.getString(3), day(rs.getDate(4)), day(rs.getDate(5)),
            rs.getBigDecimal(6), rs.getInt(7), rs.getBoolean(8), rs.getString(9), rs.getString(10), day(rs.getDate(11)),
            rs.getString(12), rs.getString(13)), caseNumber)
        .stream().findFirst()
        .orElseThrow(() -> new CaseNotFoundException(caseNumber, "案件登记簿中没有该案件：" + caseNumber));
  }

  private static String day(Date date) {
    return date == null ? null : date.toString();
  }

  private void update(String sql, Object... args) {
    int rows = jdbc.update(sql, args);
    if (rows != 1) {
      throw new IllegalStateException("Case " + args[args.length - 1] + " is not in the register");
    }
  }

  private static Date sqlDate(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }
}
