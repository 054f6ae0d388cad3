package cn.onedoor.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A validated application for mediation, from the clerk's start form or from {@code POST /api/cases}.
 * {@code parties}: every applicant (seq 1, 2, …; the first is {@code applicant*}), the employer with
 * its particulars, then the agents, as they go to the party table.
 */
public record CaseApplication(
    String channel, String applicantName, String applicantIdNumber, String applicantPhone,
    String employerName, String employerCreditCode, String employerPhone, String disputeType,
    BigDecimal claimAmount, String claimDescription, int workerCount, LocalDate knownDate,
    LocalDate employmentEndDate, LocalDate receivedDate, LocalDate entrustmentDeadline, String courtCaseNumber,
    java.util.List<cn.onedoor.party.CaseParty> parties) {}
