package cn.onedoor.referral;

import cn.onedoor.process.AgreementVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提交协议确认申请: the parties' joint application, with the agreement, to the court for judicial
 * confirmation (人民调解法 art. 33, {@code confirmationType} {@code judicial}) or to the arbitration
 * commission for review ({@code arbitration_review}). CaseAgreement's one confirmation path.
 *
 * <p>Only for instances of model versions from before the hand-offs became external tasks (issue
 * #16), still waiting at this asynchronous service task; today's models have the topic of
 * {@link HandoffTopic} and {@link HandoffWorker} does the same without holding a connection. Remove
 * once no instance of such a version is left.
 */
@Component("applyForConfirmationDelegate")
class ApplyForConfirmationDelegate implements JavaDelegate {

  private final Handoffs handoffs;

  ApplyForConfirmationDelegate(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String type = AgreementVariables.of(execution).requiredConfirmationType();
    HandoffKind kind = switch (type) {
      case "judicial" -> HandoffKind.JUDICIAL_CONFIRMATION_APPLICATION;
      case "arbitration_review" -> HandoffKind.ARBITRATION_REVIEW_APPLICATION;
      default -> throw new IllegalStateException("no confirmation to apply for: confirmationType " + type);
    };
    handoffs.file(kind, execution);
  }
}
