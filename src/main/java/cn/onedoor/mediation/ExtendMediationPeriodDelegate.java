package cn.onedoor.mediation;

import cn.onedoor.process.MediationVariables;
import cn.onedoor.register.CaseRegister;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 延长调解期限: both parties agreed in writing (LDMAL art. 14, ECM art. 26) to a later deadline, once,
 * by at most 15 days ({@link MediationExtensionRule}, the rule the engine guard applies to the form:
 * this delegate holds it for every other way in, system calls included). The new deadline replaces
 * the old one; re-entering the mediation period re-reads its timers.
 */
@Component("extendMediationPeriodDelegate")
class ExtendMediationPeriodDelegate implements JavaDelegate {

  private final CaseRegister register;
  private final MediationExtensionRule rule;

  ExtendMediationPeriodDelegate(CaseRegister register, MediationExtensionRule rule) {
    this.register = register;
    this.rule = rule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MediationVariables variables = MediationVariables.of(execution);
    LocalDate current = variables.mediationDeadline();
    LocalDate extended = variables.extendedDeadline();
    if (extended == null) {
      throw new IllegalArgumentException("延长后的调解期限必须晚于原期限（" + current + "）");
    }
    rule.check(current, extended, variables.mediationExtended()).ifPresent(refusal -> {
      throw new IllegalArgumentException(refusal.message());
    });
    if (!variables.extensionConsentRecorded()) {
      throw new IllegalArgumentException("延长调解期限须经双方当事人同意，请确认已记录双方书面同意");
    }
    variables.extended(extended);
    register.recordMediationDeadline(variables.caseNumber(), extended);
  }
}
