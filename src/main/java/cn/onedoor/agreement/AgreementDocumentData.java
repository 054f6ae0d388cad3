package cn.onedoor.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the agreement document prints, exactly as printed: the caller decides what is masked.
 *
 * @param applicantIdNumber the identity number as printed (in full on the case's own agreement)
 * @param applicantPhone the phone as printed (masked: the agreement does not need it in full)
 * @param cause 案由, the dispute type in words (追索劳动报酬)
 * @param claimDescription 争议事实: what the applicant claimed and why
 * @param items the agreed items, one a line
 * @param dueDate the performance date; null when performed on the spot
 * @param signedOn the date the agreement is made
 * @param furtherApplicants the applicants after the first, in their order, printed as the first is
 * @param employerAddress the employer's domicile (住所), if known
 * @param employerLegalRepresentative the employer's legal representative (法定代表人), if known
 * @param agents the agents (委托代理人) of either side
 */
public record AgreementDocumentData(
    String caseNumber,
    String applicantName, String applicantIdNumber, String applicantPhone,
    String employerName, String employerCreditCode,
    String cause, String claimDescription,
    String items, BigDecimal agreedAmount, boolean onTheSpot, LocalDate dueDate,
    LocalDate signedOn,
    List<Applicant> furtherApplicants, String employerAddress, String employerLegalRepresentative, List<Agent> agents) {

  /** One applicant as printed: identity number in full, phone masked, a collective dispute's representative marked. */
  public record Applicant(String name, String idNumber, String phone, boolean representative) {}

  /** An agent as printed: whom it acts for in words (申请人周建国, 申请人一方, 被申请人). */
  public record Agent(String name, String actsFor) {}

  /** One applicant and an employer without particulars. */
  public AgreementDocumentData(String caseNumber, String applicantName, String applicantIdNumber, String applicantPhone,
      String employerName, String employerCreditCode, String cause, String claimDescription, String items,
      BigDecimal agreedAmount, boolean onTheSpot, LocalDate dueDate, LocalDate signedOn) {
    this(caseNumber, applicantName, applicantIdNumber, applicantPhone, employerName, employerCreditCode, cause,
        claimDescription, items, agreedAmount, onTheSpot, dueDate, signedOn, List.of(), null, null, List.of());
  }

  public AgreementDocumentData {
    furtherApplicants = furtherApplicants == null ? List.of() : List.copyOf(furtherApplicants);
    agents = agents == null ? List.of() : List.copyOf(agents);
  }

  /** Every applicant's name, in order. */
  public List<String> applicantNames() {
    List<String> names = new java.util.ArrayList<>();
    names.add(applicantName);
    furtherApplicants.forEach(a -> names.add(a.name()));
    return names;
  }
}
