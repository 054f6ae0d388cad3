package cn.onedoor.referral;

import cn.onedoor.register.CaseRegister;
import cn.onedoor.system.SystemOperations;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Whether a case can take a message from outside: it waits for it now; it will wait for it (its
 * process is on its way to the message's receive task or event with neither a person's task nor
 * another message's wait in between: the hand-over job that sent the file has not committed yet,
 * or its answer was lost and the job runs again); or never (closed; or past that point, on another
 * way, or first waiting for a person or for another message).
 * Read from the engine's state and the deployed models, so it follows the models as they change.
 */
@Component
class CaseReadiness {

  enum Verdict {
    /** a process of the case has a subscription for the message now */
    WAITING,
    /** no subscription yet, but the message's wait state lies ahead on the case's way */
    LATER,
    /** the case is closed or its process has ended */
    CLOSED,
    /** the case is open but its process will not wait for this message from where it stands */
    NOT_EXPECTED
  }

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final CaseRegister register;
  private final SystemOperations system;

  CaseReadiness(RuntimeService runtimeService, RepositoryService repositoryService, CaseRegister register, SystemOperations system) {
    this.system = system;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.register = register;
  }

  /** Read as the system: the sender was checked by its signature, and the answer is about the case, not a user's view of it. */
  Verdict of(String caseNumber, String messageName) {
    return system.asSystem(() -> verdict(caseNumber, messageName));
  }

  private Verdict verdict(String caseNumber, String messageName) {
    if (register.isClosed(caseNumber)) {
      return Verdict.CLOSED;
    }
    List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list();
    if (instances.isEmpty()) {
      return Verdict.CLOSED;
    }
    for (ProcessInstance instance : instances) {
      if (runtimeService.createEventSubscriptionQuery().processInstanceId(instance.getId())
          .eventType("message").eventName(messageName).count() > 0) {
        return Verdict.WAITING;
      }
    }
    for (ProcessInstance instance : instances) {
      ActivityInstance tree = runtimeService.getActivityInstance(instance.getId());
      if (tree == null) {
        continue;
      }
      Set<String> positions = new HashSet<>();
      collectPositions(tree, positions);
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
      if (aheadOf(model, positions, messageName)) {
        return Verdict.LATER;
      }
    }
    return Verdict.NOT_EXPECTED;
  }

  private static void collectPositions(ActivityInstance instance, Set<String> positions) {
    if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
      positions.add(instance.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collectPositions(child, positions);
    }
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      positions.add(transition.getActivityId());
    }
  }

  /** Walks forward from the positions, not past a user task, looking for a wait state of the message. */
  private static boolean aheadOf(BpmnModelInstance model, Set<String> positions, String messageName) {
    Deque<FlowNode> next = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    for (String id : positions) {
      if (model.getModelElementById(id) instanceof FlowNode node && !(node instanceof UserTask)) {
        next.add(node);
      }
    }
    while (!next.isEmpty()) {
      FlowNode node = next.poll();
      if (!seen.add(node.getId())) {
        continue;
      }
      if (waitsFor(node, messageName)) {
        return true;
      }
      if (node instanceof UserTask || waitsForAMessage(node)) {
        continue; // a person decides, or another message must come, first: this one cannot be expected yet
      }
      if (node instanceof SubProcess sub) {
        sub.getChildElementsByType(StartEvent.class).forEach(next::add);
      }
      for (SequenceFlow flow : node.getOutgoing()) {
        next.add(flow.getTarget());
      }
      if (node.getOutgoing().isEmpty() && node.getParentElement() instanceof SubProcess sub) {
        next.add(sub);
      }
      model.getModelElementsByType(BoundaryEvent.class).stream()
          .filter(boundary -> boundary.getAttachedTo() != null && boundary.getAttachedTo().getId().equals(node.getId()))
          .forEach(next::add);
    }
    return false;
  }

  private static boolean waitsForAMessage(FlowNode node) {
    return node instanceof ReceiveTask
        || node instanceof IntermediateCatchEvent event && event.getEventDefinitions().stream().anyMatch(MessageEventDefinition.class::isInstance);
  }

  private static boolean waitsFor(FlowNode node, String messageName) {
    if (node instanceof ReceiveTask task) {
      return task.getMessage() != null && messageName.equals(task.getMessage().getName());
    }
    if (node instanceof IntermediateCatchEvent event) {
      return event.getEventDefinitions().stream()
          .filter(MessageEventDefinition.class::isInstance)
          .map(MessageEventDefinition.class::cast)
          .anyMatch(definition -> definition.getMessage() != null && messageName.equals(definition.getMessage().getName()));
    }
    return false;
  }
}
