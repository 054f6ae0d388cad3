package cn.onedoor.agreement;

import cn.onedoor.party.CaseParty;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.register.CaseRegister;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.HashMap;
import java.util.Map;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The mediation agreement (调解协议书, LDMAL art. 14): numbered once ({@link AgreementNumbers}), its
 * text and its PDF worded alike ({@link AgreementWording}: what the parties sign and the centre
 * seals), stored with the case together with what each worker is paid
 * ({@code agreement_worker_amount}), and the register's agreed amount and performance mode.
 *
 * <p>The PDF names every party with the particulars from {@code case_party}, identity numbers and
 * phones in full: it is the case's own legal document, signed by the parties and handed to the court
 * for judicial confirmation or a payment order, where a masked number would not identify the party.
 * The text column carries neither identity numbers nor phones nor birth dates.
 */
@Service
public class AgreementDocuments {

  /** One worker's amount as stored: the applicant's {@code case_party} seq and the amount. */
  public record WorkerAmount(int worker, BigDecimal amount) {}

  private final JdbcTemplate jdbc;
  private final CaseRegister register;
  private final AgreementPdf pdf;
  private final AgreementNumbers numbers;

  AgreementDocuments(JdbcTemplate jdbc, CaseRegister register, AgreementPdf pdf, AgreementNumbers numbers) {
    this.jdbc = jdbc;
    this.register = register;
    this.pdf = pdf;
    this.numbers = numbers;
  }

  /** Stores the agreement with its PDF and each worker's amount, and returns its document id. */
  public String create(AgreementTerms terms) {
    String id = "AGR-" + UUID.randomUUID();
    String number = numbers.numberFor(terms.caseNumber(), terms.signedOn().getYear());
    AgreementDocumentData data = documentData(terms, number);
    jdbc.update("""
        insert into agreement_document (id, case_number, agreement_number, agreed_amount, items, performance_mode,
          performance_due_on, pays, body, pdf, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, terms.caseNumber(), number, terms.agreedAmount(), terms.items(), terms.onTheSpot() ? "on_the_spot" : "deferred",
        terms.dueDate() == null ? null : Date.valueOf(terms.dueDate()), terms.pays() == null ? null : String.join(",", terms.pays()),
        text(data, pdf.centreName(), pdf.sealText()), pdf.isAvailable() ? pdf.render(data) : null, OffsetDateTime.now());
    List<Object[]> rows = data.workers().stream().filter(w -> w.amount() != null)
        .map(w -> new Object[] {id, terms.caseNumber(), w.seq(), w.amount()}).toList();
    jdbc.batchUpdate("insert into agreement_worker_amount (document_id, case_number, party_seq, amount) values (?, ?, ?, ?)", rows);
    register.recordAgreement(terms.caseNumber(), terms.agreedAmount(), terms.onTheSpot(), terms.signedOn());
    return id;
  }

  /** The number of the case's agreement (劳调协〔2026〕第12号), if it has one. */
  public Optional<String> agreementNumber(String caseNumber) {
    return numbers.existing(caseNumber);
  }

  /** What each worker is paid under the case's (latest) agreement, in the workers' order; empty without an agreement. */
  public List<WorkerAmount> workerAmounts(String caseNumber) {
    return jdbc.query("""
        select w.party_seq, w.amount from agreement_worker_amount w
        where w.document_id = (select d.id from agreement_document d where d.case_number = ? order by d.created_at desc limit 1)
        order by w.party_seq""", (rs, i) -> new WorkerAmount(rs.getInt(1), rs.getBigDecimal(2)), caseNumber);
  }

  /** The case's (latest) agreement in figures: its number, the agreed amount and each worker's amount. */
  public record Summary(String number, BigDecimal agreedAmount, List<WorkerAmount> workerAmounts) {}

  public Optional<Summary> summary(String caseNumber) {
    List<Summary> found = jdbc.query("""
        select agreement_number, agreed_amount from agreement_document where case_number = ? order by created_at desc""",
        (rs, i) -> new Summary(rs.getString(1), rs.getBigDecimal(2), List.of()), caseNumber);
    return found.stream().findFirst().map(s -> new Summary(s.number(), s.agreedAmount(), workerAmounts(caseNumber)));
  }

  /** The stored text of the case's (latest) agreement. */
  public Optional<String> text(String caseNumber) {
    return jdbc.queryForList("select body from agreement_document where case_number = ? order by created_at desc",
        String.class, caseNumber).stream().findFirst();
  }

  /** Whether the case has an agreement document at all (with or without its PDF). */
  public boolean hasAgreement(String caseNumber) {
    Integer count = jdbc.queryForObject("select count(*) from agreement_document where case_number = ?", Integer.class, caseNumber);
    return count != null && count > 0;
  }

  /** The PDF of the case's agreement (the latest, should there be more than one); empty when it has none. */
  public Optional<byte[]> pdf(String caseNumber) {
    List<byte[]> found = jdbc.query("""
        select pdf from agreement_document where case_number = ? and pdf is not null
        order by created_at desc""", (rs, i) -> rs.getBytes(1), caseNumber);
    return found.stream().findFirst();
  }

  private AgreementDocumentData documentData(AgreementTerms terms, String number) {
    List<CaseParty> parties = register.parties(terms.caseNumber());
    List<CaseParty> applicants = parties.stream().filter(p -> CaseParty.APPLICANT.equals(p.role())).toList();
    CaseParty respondent = parties.stream().filter(p -> CaseParty.RESPONDENT.equals(p.role())).findFirst()
        .orElse(CaseParty.employer(terms.employerName(), null, null, null, null));
    Map<Integer, BigDecimal> amounts = new HashMap<>();
    terms.shares().forEach(share -> amounts.put(share.worker(), share.amount()));
    if (amounts.isEmpty() && applicants.size() == 1) {
      amounts.put(applicants.get(0).seq(), terms.agreedAmount());
    }
    List<AgreementDocumentData.Worker> workers = applicants.isEmpty()
        ? List.of(new AgreementDocumentData.Worker(1, terms.applicantName(), null, null, null, null, null, false, terms.agreedAmount()))
        : applicants.stream().map(a -> worker(a, amounts.get(a.seq()))).toList();
    List<AgreementDocumentData.Agent> agents = parties.stream().filter(CaseParty::isAgent)
        .map(a -> new AgreementDocumentData.Agent(a.name(), a.phone(), CaseParty.RESPONDENT_AGENT.equals(a.role()), a.representsSeq()))
        .toList();
    return new AgreementDocumentData(terms.caseNumber(), number, workers,
        new AgreementDocumentData.Employer(respondent.name(), respondent.creditCode(), respondent.address(),
            respondent.legalRepresentative(), respondent.phone()),
        agents, DisputeCauses.of(terms.disputeType()), terms.claimDescription(), terms.items(), terms.agreedAmount(),
        terms.onTheSpot(), terms.dueDate(), terms.signedOn());
  }

  /** A worker as the agreement names them: gender and birth date read from a valid identity number. */
  private static AgreementDocumentData.Worker worker(CaseParty a, BigDecimal amount) {
    String id = a.idNumber() == null ? null : a.idNumber().toUpperCase();
    boolean valid = id != null && IdentityNumbers.isValid(id);
    String gender = valid ? ((id.charAt(16) - '0') % 2 == 1 ? "男" : "女") : null;
    return new AgreementDocumentData.Worker(a.seq(), a.name(), gender, valid ? IdentityNumbers.birthDate(id) : null, id,
        a.address(), a.phone(), a.representative(), amount);
  }

  /** The agreement as plain text, worded as the PDF ({@link AgreementWording}), without identity numbers, birth dates and phones. */
  static String text(AgreementDocumentData data, String centreName, String sealText) {
    StringBuilder text = new StringBuilder();
    text.append(AgreementWording.TITLE).append('\n');
    text.append(AgreementWording.number(data)).append('\n');
    text.append(AgreementWording.caseNumberLine(data)).append('\n');
    AgreementWording.parties(data, false).forEach(line -> text.append(line).append('\n'));
    text.append(AgreementWording.cause(data)).append('\n');
    text.append(AgreementWording.FACTS_HEADING).append('\n');
    AgreementWording.facts(data).forEach(line -> text.append(line).append('\n'));
    text.append(AgreementWording.preamble(centreName)).append('\n');
    AgreementWording.terms(data).forEach(line -> text.append(line).append('\n'));
    text.append(AgreementWording.effect()).append('\n');
    text.append(String.join("          ", AgreementWording.SIGNATURES)).append('\n');
    text.append('（').append(sealText).append('）').append('\n');
    text.append(AgreementWording.chineseDate(data.signedOn())).append('\n');
    return text.toString();
  }
}
