package cn.onedoor.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提交司法确认申请: the parties' joint application, with the agreement, to the court (人民调解法 art. 33). */
@Component("applyForJudicialConfirmationDelegate")
class ApplyForJudicialConfirmationDelegate implements JavaDelegate {

  private final Handoffs handoffs;

  ApplyForJudicialConfirmationDelegate(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoffs.file(HandoffKind.JUDICIAL_CONFIRMATION_APPLICATION, execution);
  }
}
