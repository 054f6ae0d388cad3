package cn.onedoor.register;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the case register at registration: the searchable facts, party ids masked. */
public record RegisteredCase(
    String caseNumber, int year, int sequence, String processInstanceId, String channel,
    String applicantName, String applicantIdMasked, String applicantIdHash,
    String employerName, String employerCreditCode, String disputeType, BigDecimal claimedAmount,
    int workerCount, boolean collective, LocalDate receivedOn, LocalDate mediationDeadline,
    LocalDate entrustmentDeadline, String courtCaseNumber, String limitationStatus, LocalDate limitationExpiry) {}
