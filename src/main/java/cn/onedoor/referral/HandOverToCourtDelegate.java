package cn.onedoor.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 向法院移送案件: litigation referral of a case arbitration did not settle.
 *
 * <p>Only for instances of model versions from before the hand-offs became external tasks (issue
 * #16), still waiting at this asynchronous service task; today's models have the topic of
 * {@link HandoffTopic} and {@link HandoffWorker} does the same without holding a connection. Remove
 * once no instance of such a version is left.
 */
@Component("handOverToCourtDelegate")
class HandOverToCourtDelegate implements JavaDelegate {

  private final Handoffs handoffs;

  HandOverToCourtDelegate(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoffs.file(HandoffKind.LITIGATION_REFERRAL, execution);
  }
}
