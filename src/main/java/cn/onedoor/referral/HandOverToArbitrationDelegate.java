package cn.onedoor.referral;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.ReferralVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 向仲裁委移交案件: the case file goes to the arbitration commission; its 5-day clock starts.
 *
 * <p>Only for instances of model versions from before the hand-offs became external tasks (issue
 * #16), still waiting at this asynchronous service task; today's models have the topic of
 * {@link HandoffTopic} and {@link HandoffWorker} does the same without holding a connection. Remove
 * once no instance of such a version is left.
 */
@Component("handOverToArbitrationDelegate")
class HandOverToArbitrationDelegate implements JavaDelegate {

  private final Handoffs handoffs;

  HandOverToArbitrationDelegate(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoffs.file(HandoffKind.ARBITRATION_REFERRAL, execution);
    ReferralVariables.of(execution).handedOver(Deadlines.today());
  }
}
