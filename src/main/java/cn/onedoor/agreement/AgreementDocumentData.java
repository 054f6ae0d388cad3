package cn.onedoor.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

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
 */
public record AgreementDocumentData(
    String caseNumber,
    String applicantName, String applicantIdNumber, String applicantPhone,
    String employerName, String employerCreditCode,
    String cause, String claimDescription,
    String items, BigDecimal agreedAmount, boolean onTheSpot, LocalDate dueDate,
    LocalDate signedOn) {}
