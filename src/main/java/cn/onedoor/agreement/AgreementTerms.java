package cn.onedoor.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the parties agreed (amount, items, performance on the spot or by a due date, what kinds of
 * payment it makes: {@link AgreementPays} codes) and the dispute it settles: the dispute type code
 * ({@code wages}) and the applicant's claim in their words.
 */
public record AgreementTerms(String caseNumber, String applicantName, String employerName, BigDecimal agreedAmount,
                             String items, boolean onTheSpot, LocalDate dueDate, LocalDate signedOn,
                             String disputeType, String claimDescription, java.util.List<String> pays) {}
