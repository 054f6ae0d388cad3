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
  AWARD_ISSUED(ExternalSystem.ARBITRATION, "award-issued", "AwardIssued", "awardDate", "awardReference"),
  AWARD_PERIOD_EXTENDED(ExternalSystem.ARBITRATION, "award-period-extended", "AwardPeriodExtended", "awardExtensionDate", "awardExtensionReference"),
  COURT_RECEIPT(ExternalSystem.COURT, "court-receipt", "CourtReceiptConfirmed", "courtReceiptDate", "courtReference"),
  PAYMENT_ORDER_DECIDED(ExternalSystem.COURT, "payment-order-decided", "PaymentOrderDecided", "paymentOrderDate", "paymentOrderReference");

  static final Set<String> PAYMENT_ORDER_RESULTS = Set.of("issued", "rejected");

  private final ExternalSystem sender;
  private final String path;
  private final String messageName;
  private final String dateVariable;
  private final String referenceVariable;

  InboundMessage(ExternalSystem sender, String path, String messageName, String dateVariable, String referenceVariable) {
    this.sender = sender;
    this.path = path;
    this.messageName = messageName;
    this.dateVariable = dateVariable;
    this.referenceVariable = referenceVariable;
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
    ExternalMessage message = body == null ? new ExternalMessage(null, null, null, null) : body;
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
    if (this == PAYMENT_ORDER_DECIDED) {
      if (message.result() == null || !PAYMENT_ORDER_RESULTS.contains(message.result())) {
        throw new IllegalArgumentException("result 应为 issued（已发出支付令）或 rejected（驳回申请）");
      }
      variables.put("paymentOrderResult", message.result());
    }
    if (message.note() != null) {
      variables.put(messageName.substring(0, 1).toLowerCase() + messageName.substring(1) + "Note", message.note());
    }
    return variables;
  }
}
