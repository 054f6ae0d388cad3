package cn.onedoor.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 申请支付令: an agreement on wages, injury costs or compensation was not performed (LDMAL art. 16). */
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
