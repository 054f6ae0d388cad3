package cn.onedoor.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the parties agreed: amount, items, and performance on the spot or by a due date. */
public record AgreementTerms(String caseNumber, String applicantName, String employerName, BigDecimal agreedAmount,
                             String items, boolean onTheSpot, LocalDate dueDate, LocalDate signedOn) {}
