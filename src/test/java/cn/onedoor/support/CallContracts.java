package cn.onedoor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;

/**
 * The contracts of the call activities of processes/LaborDisputeCase.bpmn as the model states them
 * ({@code camunda:in} / {@code camunda:out}) and as docs/case-process.md documents them (the table
 * "Contract" under each called process's heading, one row per variable, direction {@code in} or
 * {@code out}).
 */
public final class CallContracts {

  public static final Path MAIN_MODEL = Path.of("processes", "LaborDisputeCase.bpmn");
  public static final Path CONTRACT_DOCUMENT = Path.of("docs", "case-process.md");

  /** One call activity: the process it calls, what it passes in and takes back, by variable name. */
  public record Contract(String callActivityId, String calledElement, Set<String> inputs, Set<String> outputs,
      boolean passesBusinessKey, boolean passesAllVariables) {}

  private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Za-z][A-Za-z0-9]*)`\\s*\\|\\s*(in|out)\\s*\\|");

  private CallContracts() {}

  /** The call activities of the main model, by the process each calls. */
  public static Map<String, Contract> ofModel() {
    Map<String, Contract> contracts = new LinkedHashMap<>();
    for (CallActivity call : Bpmn.readModelFromFile(MAIN_MODEL.toFile()).getModelElementsByType(CallActivity.class)) {
      ExtensionElements extensions = call.getExtensionElements();
      List<CamundaIn> ins = extensions == null ? List.of() : extensions.getElementsQuery().filterByType(CamundaIn.class).list();
      List<CamundaOut> outs = extensions == null ? List.of() : extensions.getElementsQuery().filterByType(CamundaOut.class).list();
      Set<String> inputs = new LinkedHashSet<>();
      Set<String> outputs = new LinkedHashSet<>();
      boolean all = false;
      boolean businessKey = false;
      for (CamundaIn in : ins) {
        all |= in.getCamundaVariables() != null;
        businessKey |= in.getCamundaBusinessKey() != null;
        if (in.getCamundaSource() != null) {
          inputs.add(in.getCamundaSource());
        }
      }
      for (CamundaOut out : outs) {
        all |= out.getCamundaVariables() != null;
        if (out.getCamundaSource() != null) {
          outputs.add(out.getCamundaSource());
        }
      }
      contracts.put(call.getCalledElement(), new Contract(call.getId(), call.getCalledElement(), inputs, outputs, businessKey, all));
    }
    return contracts;
  }

  /**
   * The rows of the contract table of one called process in docs/case-process.md: the section
   * {@code ## <processId>} up to the next {@code ## }; {@code direction} is {@code in} or {@code out}.
   */
  public static Set<String> documented(String processId, String direction) {
    List<String> lines;
    try {
      lines = Files.readAllLines(CONTRACT_DOCUMENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> names = new LinkedHashSet<>();
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inSection = line.equals("## " + processId);
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (inSection && row.find() && row.group(2).equals(direction)) {
        names.add(row.group(1));
      }
    }
    return names;
  }
}
