package cn.onedoor.register;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.CaseFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Moves the register row to the stage named by the field {@code stage} (accepted, mediating, …), on the
 * fact's date ({@link BusinessDates}).
 */
@Component("recordStageListener")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // fields are injected per use: one instance per call
public class RecordStageListener implements ExecutionListener {

  private final CaseRegister register;

  private Expression stage;

  RecordStageListener(CaseRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CaseStage next = CaseStage.fromCode(stage.getValue(execution).toString());
    register.enterStage(CaseFacts.of(execution).caseNumber(), next, BusinessDates.stageDate(next, execution, Deadlines.today()));
  }

  public void setStage(Expression stage) {
    this.stage = stage;
  }
}
