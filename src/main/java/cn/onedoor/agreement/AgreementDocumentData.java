package cn.onedoor.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the agreement document says, exactly as printed (the PDF names every party with its full
 * particulars; the stored text leaves identity numbers, phones and birth dates out):
 *
 * @param agreementNumber the agreement's own number (劳调协〔2026〕第12号), allocated once
 * @param workers the applicant workers in their order, each with what the agreement pays them
 * @param employer the respondent employer
 * @param agents the agents (委托代理人) of either side
 * @param cause 案由, the dispute type in words (追索劳动报酬)
 * @param claimDescription 争议事实: what the applicant claimed and why
 * @param items the mediator's agreed items as typed (numbered or not)
 * @param agreedAmount the total paid (the workers' amounts add up to it)
 * @param dueDate the performance date; null when performed on the spot
 * @param signedOn the date the agreement is made
 */
public record AgreementDocumentData(
    String caseNumber, String agreementNumber,
    List<Worker> workers, Employer employer, List<Agent> agents,
    String cause, String claimDescription, String items, BigDecimal agreedAmount,
    boolean onTheSpot, LocalDate dueDate, LocalDate signedOn) {

  /**
   * One applicant worker as printed: gender and birth date from the identity number where it is
   * valid, address if known, phone in full (the agreement is the case's own legal document), a
   * collective dispute's representative marked, and the amount the agreement pays them.
   */
  public record Worker(int seq, String name, String gender, LocalDate birthDate, String idNumber, String address,
                       String phone, boolean representative, BigDecimal amount) {}

  /** The respondent employer: name, unified social credit code, domicile, legal representative, contact phone. */
  public record Employer(String name, String creditCode, String address, String legalRepresentative, String phone) {}

  /**
   * An agent as printed: for the applicants' side ({@code forWorker} the seq of the one worker it
   * acts for, or null for the whole side) or for the employer.
   */
  public record Agent(String name, String phone, boolean employerSide, Integer forWorker) {}

  public AgreementDocumentData {
    workers = workers == null ? List.of() : List.copyOf(workers);
    agents = agents == null ? List.of() : List.copyOf(agents);
  }

  /** Every applicant's name, in order. */
  public List<String> applicantNames() {
    return workers.stream().map(Worker::name).toList();
  }
}
