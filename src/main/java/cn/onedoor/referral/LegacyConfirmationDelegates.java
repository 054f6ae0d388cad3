package cn.onedoor.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two delegates of the confirmation tasks LaborDisputeCase had inline before CaseAgreement
 * (Task_ApplyForJudicialConfirmation, Task_ApplyForArbitrationReview): cases started on those
 * process versions still reach them. No model in processes/ names them; remove them once no
 * instance of such a version is left.
 */
@Configuration(proxyBeanMethods = false)
class LegacyConfirmationDelegates {

  @Bean
  @Deprecated
  JavaDelegate applyForJudicialConfirmationDelegate(Handoffs handoffs) {
    return (DelegateExecution execution) -> handoffs.file(HandoffKind.JUDICIAL_CONFIRMATION_APPLICATION, execution);
  }

  @Bean
  @Deprecated
  JavaDelegate applyForArbitrationReviewDelegate(Handoffs handoffs) {
    return (DelegateExecution execution) -> handoffs.file(HandoffKind.ARBITRATION_REVIEW_APPLICATION, execution);
  }
}
