package cn.onedoor.agreement;

import cn.onedoor.process.CaseMediationElements;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Puts {@link WorkerAmountsFormListener} on the create event of 制作调解协议书
 * ({@code Task_DraftAgreement}) and {@link AgreementNumberListener} on its complete event wherever a
 * model has it, without an edit of the model: the list of each worker's amount and the agreement's
 * number are the agreement's concern, the mediation model only asks for the agreement.
 */
@Component
class AgreementTaskPlugin extends AbstractProcessEnginePlugin {

  private final WorkerAmountsFormListener listener;
  private final AgreementNumberListener numberListener;

  AgreementTaskPlugin(WorkerAmountsFormListener listener, AgreementNumberListener numberListener) {
    this.listener = listener;
    this.numberListener = numberListener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (CaseMediationElements.TASK_DRAFT_AGREEMENT.equals(activity.getId())
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, numberListener);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
