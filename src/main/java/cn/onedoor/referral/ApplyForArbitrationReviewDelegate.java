package cn.onedoor.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提交仲裁审查确认申请: the parties' joint application, with the agreement, to the arbitration commission. */
@Component("applyForArbitrationReviewDelegate")
class ApplyForArbitrationReviewDelegate implements JavaDelegate {

  private final Handoffs handoffs;

  ApplyForArbitrationReviewDelegate(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoffs.file(HandoffKind.ARBITRATION_REVIEW_APPLICATION, execution);
  }
}
