package cn.onedoor.referral;

import cn.onedoor.external.ExternalSystem;
import cn.onedoor.process.CaseVariables;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The messages outside bodies send about a case: URL name, BPMN message name, and what they carry. */
enum InboundMessage {
  ARBITRATION_ACCEPTED(ExternalSystem.ARBITRATION, "arbitration-accepted", "ArbitrationAccepted", CaseVariables.ARBITRATION_ACCEPTED_DATE, "arbitrationReference"),
  ARBITRATION_REJECTED(ExternalSystem.ARBITRATION, "arbitration-rejected", "ArbitrationRejected", "arbitrationRejectedDate", "arbitrationReference"),
  AWARD_ISSUED(ExternalSystem.ARBITRATION, "award-issued", "AwardIssued", CaseVariables.AWARD_DATE, "awardReference"),
  AWARD_PERIOD_EXTENDED(ExternalSystem.ARBITRATION, "award-period-extended", "AwardPeriodExtended", "awardExtensionDate", "awardExtensionReference"),
  COURT_RECEIPT(ExternalSystem.COURT, "court-receipt", "CourtReceiptConfirmed", CaseVariables.COURT_RECEIPT_DATE, "courtReference"),
  PAYMENT_ORDER_DECIDED(ExternalSystem.COURT, "payment-order-decided", "PaymentOrderDecided", "paymentOrderDate", "paymentOrderReference",
      "paymentOrderResult", Set.of("issued", "rejected"), "result 应为 issued（已发出支付令）或 rejected（驳回申请）"),
  JUDICIAL_CONFIRMATION_DECIDED(ExternalSystem.COURT, "judicial-confirmation-decided", "JudicialConfirmationDecided",
      "confirmationDecisionDate", "confirmationReference", CaseVariables.CONFIRMATION_RESULT, Set.of("confirmed", "rejected"),
      "result 应为 confirmed（裁定调解协议有效）或 rejected（驳回申请）"),
  ARBITRATION_REVIEW_DECIDED(ExternalSystem.ARBITRATION, "arbitration-review-decided", "ArbitrationReviewDecided",
      "confirmationDecisionDate", "confirmationReference", CaseVariables.CONFIRMATION_RESULT, Set.of("confirmed", "rejected"),
      "result 应为 confirmed（确认调解协议有效）或 rejected（不予确认）");

  private final ExternalSystem sender;
  private final String path;
  private final String messageName;
  private final String dateVariable;
  private final String referenceVariable;
  /** for decisions: the variable the result goes to, its allowed values, the message when it is wrong */
  private final String resultVariable;
  private final Set<String> results;
  private final String resultHint;

  InboundMessage(ExternalSystem sender, String path, String messageName, String dateVariable, String referenceVariable) {
    this(sender, path, messageName, dateVariable, referenceVariable, null, Set.of(), null);
  }

  InboundMessage(ExternalSystem sender, String path, String messageName, String dateVariable, String referenceVariable,
      String resultVariable, Set<String> results, String resultHint) {
    this.sender = sender;
    this.path = path;
    this.messageName = messageName;
    this.dateVariable = dateVariable;
    this.referenceVariable = referenceVariable;
    this.resultVariable = resultVariable;
    this.results = results;
    this.resultHint = resultHint;
  }

  static Optional<InboundMessage> byPath(String path) {
    return Arrays.stream(values()).filter(m -> m.path.equals(path)).findFirst();
  }

  /** The only system whose signed callbacks may carry this message. */
  ExternalSystem sender() {
    return sender;
  }

  String path() {
    return path;
  }

  String messageName() {
    return messageName;
  }

  /** Checks the body and turns it into process variables; a bad body is an IllegalArgumentException in Chinese. */
  Map<String, Object> variables(ExternalMessage body, LocalDate today) {
    ExternalMessage message = body == null ? new ExternalMessage(null, null, null, null, null) : body;
    LocalDate date;
    try {
      date = message.date() == null || message.date().isBlank() ? today : LocalDate.parse(message.date());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("date 格式无效：应为 YYYY-MM-DD");
    }
    if (date.isAfter(today)) {
      throw new IllegalArgumentException("date 不得晚于今天（" + today + "）");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(dateVariable, date.toString());
    if (message.reference() != null) {
      variables.put(referenceVariable, message.reference());
    }
    if (resultVariable != null) {
      if (message.result() == null || !results.contains(message.result())) {
        throw new IllegalArgumentException(resultHint);
      }
      variables.put(resultVariable, message.result());
    }
    if (message.extendedUntil() != null && !message.extendedUntil().isBlank()) {
      if (this != AWARD_PERIOD_EXTENDED) {
        throw new IllegalArgumentException("extendedUntil 仅用于 award-period-extended（延长审理期限）");
      }
      try {
        variables.put(CaseVariables.AWARD_EXTENDED_UNTIL, LocalDate.parse(message.extendedUntil()).toString());
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("extendedUntil 格式无效：应为 YYYY-MM-DD");
      }
    }
    if (message.note() != null) {
      variables.put(messageName.substring(0, 1).toLowerCase() + messageName.substring(1) + "Note", message.note());
    }
    return variables;
  }
}
