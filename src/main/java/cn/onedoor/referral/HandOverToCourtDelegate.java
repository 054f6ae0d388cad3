package cn.onedoor.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 向法院移送案件: litigation referral of a case arbitration did not settle. */
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
