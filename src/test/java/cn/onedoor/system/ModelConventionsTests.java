package cn.onedoor.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CallContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** House rules for every model under processes/, checked without an engine. */
class ModelConventionsTests {

  static Stream<Path> models() throws IOException {
    try (Stream<Path> paths = Files.list(Paths.get("processes"))) {
      return paths.filter(p -> p.toString().endsWith(".bpmn")).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyProcessIsExecutableWithHistoryTimeToLiveAndNamedAfterItsFile(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    assertThat(processes).isNotEmpty();
    for (Process process : processes) {
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
    }
    assertThat(processes.stream().map(Process::getId))
        .contains(file.getFileName().toString().replace(".bpmn", ""));
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementHasAMeaningfulIdAndUsersSeeChineseNames(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      assertThat(element.getId()).as("generated id in %s", file)
          .doesNotMatch("(Activity|Event|Gateway|Flow|Task|StartEvent|EndEvent|SequenceFlow)_[0-9a-z]{7}");
      if (element instanceof FlowNode node && !(element instanceof org.camunda.bpm.model.bpmn.instance.Gateway)) {
        assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank().matches(".*\\p{IsHan}.*");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementHasItsDiagramShapeOrEdge(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> shapes = ids(model.getModelElementsByType(BpmnShape.class).stream().map(BpmnShape::getBpmnElement).toList());
    Set<String> edges = ids(model.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement).toList());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("shape of %s in %s", node.getId(), file).contains(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge of %s in %s", flow.getId(), file).contains(flow.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void noCallActivityPassesAllVariables(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      List<String> all = call.getExtensionElements() == null ? List.of() : Stream.concat(
              call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream().map(CamundaIn::getCamundaVariables),
              call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list().stream().map(CamundaOut::getCamundaVariables))
          .filter(variables -> variables != null).toList();
      assertThat(all).as("camunda:in/out variables=\"%s\" on %s in %s", all, call.getId(), file).isEmpty();
    }
  }

  /** Each called process's inputs and outputs, as mapped in the model, are its contract table in docs/case-process.md. */
  @Test
  void everyCallActivityMapsExactlyTheVariablesItsContractDocuments() {
    Map<String, CallContracts.Contract> contracts = CallContracts.ofModel();
    assertThat(contracts).containsOnlyKeys("CaseMediation", "CaseAgreement", "ArbitrationReferral", "LitigationReferral");
    for (CallContracts.Contract contract : contracts.values()) {
      assertThat(contract.passesBusinessKey()).as("business key passed to %s", contract.calledElement()).isTrue();
      assertThat(contract.inputs()).as("inputs of %s", contract.calledElement()).isNotEmpty();
      assertThat(CallContracts.documented(contract.calledElement(), "in")).as("documented inputs of %s", contract.calledElement())
          .containsExactlyInAnyOrderElementsOf(contract.inputs());
      assertThat(CallContracts.documented(contract.calledElement(), "out")).as("documented outputs of %s", contract.calledElement())
          .containsExactlyInAnyOrderElementsOf(contract.outputs());
    }
  }

  /**
   * Statutory periods are named once, in the calendar's rule table: a model's clock names its period
   * ({@code deadlines.due('MEDIATION', …)}), never types a number of days.
   */
  @ParameterizedTest
  @MethodSource("models")
  void everyClockNamesAPeriodOfTheRuleTableAndTypesNoNumberOfDays(Path file) throws IOException {
    String xml = Files.readString(file);
    Set<String> periods = java.util.Arrays.stream(cn.onedoor.calendar.StatutoryPeriod.values()).map(Enum::name)
        .collect(Collectors.toSet());
    java.util.regex.Matcher call = java.util.regex.Pattern.compile("deadlines\\.(\\w+)\\(([^)]*)\\)").matcher(xml);
    while (call.find()) {
      assertThat(call.group(2)).as("%s in %s", call.group(), file).doesNotContainPattern("(^|[,\\s])\\d+\\s*($|,)");
      java.util.regex.Matcher named = java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(call.group(2));
      while (named.find()) {
        assertThat(periods).as("period %s of %s in %s", named.group(1), call.group(), file).contains(named.group(1));
      }
    }
  }

  private static Set<String> ids(List<BaseElement> elements) {
    return elements.stream().filter(e -> e != null).map(BaseElement::getId).collect(Collectors.toSet());
  }
}
