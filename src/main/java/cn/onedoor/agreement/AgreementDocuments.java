package cn.onedoor.agreement;

import cn.onedoor.party.MobileNumbers;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.party.CaseParty;
import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The mediation agreement (调解协议书, LDMAL art. 14): its text in the customary order and its PDF
 * (what the parties sign and the centre seals), stored with the case, and the register's agreed
 * amount and performance mode.
 *
 * <p>The PDF names the applicant by the full identity number from {@code case_party}: it is the
 * case's own document, signed by the parties and handed to the court for judicial confirmation or
 * a payment order, where a masked number would not identify the party. The phone is masked; the
 * agreement does not need it. The text column carries neither.
 */
@Service
public class AgreementDocuments {

  private final JdbcTemplate jdbc;
  private final CaseRegister register;
  private final AgreementPdf pdf;

  AgreementDocuments(JdbcTemplate jdbc, CaseRegister register, AgreementPdf pdf) {
    this.jdbc = jdbc;
    this.register = register;
    this.pdf = pdf;
  }

  /** Stores the agreement with its PDF and returns its document id. */
  public String create(AgreementTerms terms) {
    String id = "AGR-" + UUID.randomUUID();
    AgreementDocumentData data = documentData(terms);
    jdbc.update("""
        insert into agreement_document (id, case_number, agreed_amount, items, performance_mode, performance_due_on, pays, body, pdf, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, terms.caseNumber(), terms.agreedAmount(), terms.items(), terms.onTheSpot() ? "on_the_spot" : "deferred",
        terms.dueDate() == null ? null : Date.valueOf(terms.dueDate()), terms.pays() == null ? null : String.join(",", terms.pays()),
        text(data), pdf.isAvailable() ? pdf.render(data) : null, OffsetDateTime.now());
    register.recordAgreement(terms.caseNumber(), terms.agreedAmount(), terms.onTheSpot(), terms.signedOn());
    return id;
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

  private AgreementDocumentData documentData(AgreementTerms terms) {
    List<CaseParty> parties = register.parties(terms.caseNumber());
    List<CaseParty> applicants = parties.stream().filter(p -> CaseParty.APPLICANT.equals(p.role())).toList();
    Optional<CaseParty> applicant = applicants.stream().findFirst();
    Optional<CaseParty> respondent = parties.stream().filter(p -> CaseParty.RESPONDENT.equals(p.role())).findFirst();
    List<AgreementDocumentData.Applicant> further = applicants.stream().skip(1)
        .map(a -> new AgreementDocumentData.Applicant(a.name(), a.idNumber() == null ? null : a.idNumber().toUpperCase(),
            a.phone() == null ? null : MobileNumbers.mask(a.phone()), a.representative())).toList();
    List<AgreementDocumentData.Agent> agents = parties.stream().filter(CaseParty::isAgent)
        .map(a -> new AgreementDocumentData.Agent(a.name(), actsFor(a, applicants))).toList();
    boolean representativeFirst = applicant.map(CaseParty::representative).orElse(false);
    return new AgreementDocumentData(terms.caseNumber(),
        applicant.map(CaseParty::name).orElse(terms.applicantName()) + (representativeFirst ? "（代表人）" : ""),
        applicant.map(CaseParty::idNumber).map(String::toUpperCase).orElse(null),
        applicant.map(CaseParty::phone).map(MobileNumbers::mask).orElse(null),
        respondent.map(CaseParty::name).orElse(terms.employerName()),
        respondent.map(CaseParty::creditCode).orElse(null),
        DisputeCauses.of(terms.disputeType()), terms.claimDescription(),
        terms.items(), terms.agreedAmount(), terms.onTheSpot(), terms.dueDate(), terms.signedOn(),
        further, respondent.map(CaseParty::address).orElse(null), respondent.map(CaseParty::legalRepresentative).orElse(null),
        agents);
  }

  private static String actsFor(CaseParty agent, List<CaseParty> applicants) {
    if (CaseParty.RESPONDENT_AGENT.equals(agent.role())) {
      return "被申请人";
    }
    return applicants.stream().filter(a -> agent.representsSeq() != null && a.seq() == agent.representsSeq())
        .findFirst().map(a -> "申请人" + a.name()).orElse("申请人一方");
  }

  /** The stored text's bound on the applicants' names (agreement_document.body is varchar(8000)). */
  static final int NAMES_MAX = 1000;

  /** The applicants' names joined with 、; a list longer than {@link #NAMES_MAX} characters ends with 等N人. */
  static String names(List<String> names) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      String next = (i == 0 ? "" : "、") + names.get(i);
      if (joined.length() + next.length() > NAMES_MAX) {
        return joined + "等" + names.size() + "人";
      }
      joined.append(next);
    }
    return joined.toString();
  }

  /** The agreement as plain text, worded as the PDF, without identity numbers and phones. */
  static String text(AgreementDocumentData data) {
    StringBuilder text = new StringBuilder("""
        调解协议书
        案号：%s
        申请人：%s
        被申请人：%s
        案由：%s
        经本中心主持调解，双方当事人自愿达成如下协议：
        """.formatted(data.caseNumber(), names(data.applicantNames()), data.employerName(), data.cause()));
    List<String> terms = AgreementPdf.terms(data);
    for (int i = 0; i < terms.size(); i++) {
      text.append(AgreementPdf.numeral(i + 1)).append('、').append(terms.get(i)).append('\n');
    }
    return text.append("""
        本协议自双方当事人签名或盖章、调解员签名并加盖调解组织印章后生效。
        申请人（签名）：          被申请人（盖章）：          调解员（签名）：
        （调解组织印章）
        %s
        """.formatted(AgreementPdf.chineseDate(data.signedOn()))).toString();
  }
}
