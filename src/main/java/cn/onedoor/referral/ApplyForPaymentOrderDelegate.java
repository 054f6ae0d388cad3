package cn.onedoor.referral;

import cn.onedoor.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 申请支付令: an agreement on wages, injury costs or compensation was not performed (LDMAL art. 16). */
@Component("applyForPaymentOrderDelegate")
class ApplyForPaymentOrderDelegate implements JavaDelegate {

  private final CourtGateway court;

  ApplyForPaymentOrderDelegate(CourtGateway court) {
    this.court = court;
  }

  @Override
  public void execute(DelegateExecution execution) {
    court.applyForPaymentOrder(CaseVariables.of(execution).caseNumber(), "payment-order:" + execution.getProcessInstanceId());
  }
}
