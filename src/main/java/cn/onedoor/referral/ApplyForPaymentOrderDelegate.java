package cn.onedoor.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 申请支付令: an agreement on wages, injury costs or compensation was not performed (LDMAL art. 16).
 *
 * <p>Only for instances of model versions from before the hand-offs became external tasks (issue
 * #16), still waiting at this asynchronous service task; today's models have the topic of
 * {@link HandoffTopic} and {@link HandoffWorker} does the same without holding a connection. Remove
 * once no instance of such a version is left.
 */
@Component("applyForPaymentOrderDelegate")
class ApplyForPaymentOrderDelegate implements JavaDelegate {

  private final Handoffs handoffs;

  ApplyForPaymentOrderDelegate(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoffs.file(HandoffKind.PAYMENT_ORDER_APPLICATION, execution);
  }
}
