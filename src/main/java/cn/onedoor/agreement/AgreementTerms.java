package cn.onedoor.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the parties agreed (amount, what each worker is paid, items, performance on the spot or by a
 * due date, what kinds of payment it makes: {@link AgreementPays} codes) and the dispute it settles:
 * the dispute type code ({@code wages}) and the applicant's claim in their words.
 *
 * @param shares each worker's amount (checked by {@link WorkerAmounts}: every worker once, adding up
 *     to {@code agreedAmount}); empty for a case of one worker, who is paid the agreed amount
 */
public record AgreementTerms(String caseNumber, String applicantName, String employerName, BigDecimal agreedAmount,
                             String items, boolean onTheSpot, LocalDate dueDate, LocalDate signedOn,
                             String disputeType, String claimDescription, List<String> pays,
                             List<WorkerAmounts.Share> shares) {

  public AgreementTerms {
    shares = shares == null ? List.of() : List.copyOf(shares);
  }

  /** Terms without amounts per worker (a case of one worker). */
  public AgreementTerms(String caseNumber, String applicantName, String employerName, BigDecimal agreedAmount,
                        String items, boolean onTheSpot, LocalDate dueDate, LocalDate signedOn,
                        String disputeType, String claimDescription, List<String> pays) {
    this(caseNumber, applicantName, employerName, agreedAmount, items, onTheSpot, dueDate, signedOn, disputeType,
        claimDescription, pays, List.of());
  }
}
