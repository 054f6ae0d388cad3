package cn.onedoor.referral;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Ready to receive: every receive task, message catch event and event-based gateway of every model
 * gets a built-in start listener that, once the transaction that reached it commits, applies the
 * case's buffered callbacks ({@link CallbackInbox#drain}). The models themselves stay as they are.
 */
@Component
class DrainInboxAtWaitStatesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<CallbackInbox> inbox;

  DrainInboxAtWaitStatesPlugin(ObjectProvider<CallbackInbox> inbox) {
    this.inbox = inbox;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new WaitStates());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private final class WaitStates extends AbstractBpmnParseListener {

    private final ExecutionListener drain = execution -> {
      String caseNumber = execution.getProcessBusinessKey();
      if (caseNumber != null) {
        inbox.getObject().drainAfterCommit(caseNumber);
      }
    };

    @Override
    public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, drain);
    }

    @Override
    public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, drain);
    }

    @Override
    public void parseIntermediateMessageCatchEventDefinition(Element definition, ActivityImpl activity) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, drain);
    }
  }
}
