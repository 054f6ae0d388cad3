package cn.onedoor.referral;

import static cn.onedoor.process.CaseVariables.CASE_FILE_CORRECTION;
import static cn.onedoor.process.CaseVariables.CLAIM_DESCRIPTION;
import static cn.onedoor.process.CaseVariables.CONFIRMATION_TYPE;
import static cn.onedoor.process.CaseVariables.EMPLOYMENT_END_DATE;
import static cn.onedoor.process.CaseVariables.KNOWN_DATE;
import static cn.onedoor.process.CaseVariables.MEDIATION_OUTCOME;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.AgreementVariables;
import cn.onedoor.process.ReferralVariables;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The external-task topics of the hand-offs ({@code camunda:type="external" camunda:topic="…"} in the
 * models): which filing each one makes, what its request carries beyond the e-file and what its
 * completion writes back. What the five delegates did inside a job, the {@link HandoffWorker} does
 * outside one.
 */
public enum HandoffTopic {

  /** 向仲裁委移交案件 (ArbitrationReferral): the 5-day acceptance period (LDMAL art. 29) runs from today. */
  ARBITRATION_REFERRAL("handoff-arbitration-referral") {
    @Override
    HandoffKind kind(Map<String, Object> variables) {
      return HandoffKind.ARBITRATION_REFERRAL;
    }

    @Override
    Map<String, Object> completion(Map<String, Object> variables) {
      Map<String, Object> out = new HashMap<>();
      ReferralVariables.of(out).handedOver(Deadlines.today());
      return out;
    }
  },
  /** 向法院移送案件 (LitigationReferral). */
  LITIGATION_REFERRAL("handoff-litigation-referral") {
    @Override
    HandoffKind kind(Map<String, Object> variables) {
      return HandoffKind.LITIGATION_REFERRAL;
    }
  },
  /** 提交协议确认申请 (CaseAgreement): to the court (judicial) or the commission (arbitration_review). */
  CONFIRMATION_APPLICATION("handoff-confirmation-application") {
    @Override
    HandoffKind kind(Map<String, Object> variables) {
      String type = AgreementVariables.of(variables).requiredConfirmationType();
      return switch (type) {
        case "judicial" -> HandoffKind.JUDICIAL_CONFIRMATION_APPLICATION;
        case "arbitration_review" -> HandoffKind.ARBITRATION_REVIEW_APPLICATION;
        default -> throw new IllegalStateException("no confirmation to apply for: confirmationType " + type);
      };
    }
  },
  /** 申请支付令 (CaseAgreement, LDMAL art. 16). */
  PAYMENT_ORDER_APPLICATION("handoff-payment-order-application") {
    @Override
    HandoffKind kind(Map<String, Object> variables) {
      return HandoffKind.PAYMENT_ORDER_APPLICATION;
    }
  },
  /** 向法院反馈调解结果 (LaborDisputeCase): a court-entrusted case reports its result. */
  MEDIATION_RESULT_REPORT("handoff-mediation-result-report") {
    @Override
    HandoffKind kind(Map<String, Object> variables) {
      return HandoffKind.MEDIATION_RESULT_REPORT;
    }

    @Override
    Map<String, String> extra(Map<String, Object> variables) {
      return Map.of("result", ReferralVariables.of(variables).requiredMediationOutcome());
    }
  };

  /** The variables the e-file and the choice of filing read, fetched with the lock. */
  static final List<String> VARIABLES = List.of(CLAIM_DESCRIPTION, KNOWN_DATE, EMPLOYMENT_END_DATE, MEDIATION_OUTCOME,
      CASE_FILE_CORRECTION, CONFIRMATION_TYPE);

  private final String topic;

  HandoffTopic(String topic) {
    this.topic = topic;
  }

  /** The name in the model's {@code camunda:topic}. */
  public String topic() {
    return topic;
  }

  public static Optional<HandoffTopic> of(String topic) {
    return Arrays.stream(values()).filter(t -> t.topic.equals(topic)).findFirst();
  }

  abstract HandoffKind kind(Map<String, Object> variables);

  Map<String, String> extra(Map<String, Object> variables) {
    return Map.of();
  }

  Map<String, Object> completion(Map<String, Object> variables) {
    return Map.of();
  }
}
