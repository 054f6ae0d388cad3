package cn.onedoor.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * One model resource (BPMN, DMN or form) read without an engine: the keys it defines and the forms and
 * processes it binds to its own deployment ({@code formRefBinding} / {@code calledElementBinding}
 * {@code deployment}), which must therefore travel with it.
 */
public record ModelFile(String name, Kind kind, Set<String> keys, Set<String> deploymentForms,
                        Set<String> deploymentProcesses, String checksum) {

  public enum Kind { BPMN, DMN, FORM, OTHER }

  private static final ObjectMapper JSON = new ObjectMapper();

  public static Kind kindOf(String name) {
    String lower = name.toLowerCase();
    if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
      return Kind.BPMN;
    }
    if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
      return Kind.DMN;
    }
    return lower.endsWith(".form") ? Kind.FORM : Kind.OTHER;
  }

  /** Reads what it can; a resource the engine cannot parse either yields no keys (the engine refuses it itself). */
  public static ModelFile read(String name, byte[] bytes) {
    Kind kind = kindOf(name);
    Set<String> keys = new LinkedHashSet<>();
    Set<String> forms = new LinkedHashSet<>();
    Set<String> processes = new LinkedHashSet<>();
    try {
      switch (kind) {
        case BPMN -> {
          BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
          model.getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
          for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() != null && "deployment".equals(task.getCamundaFormRefBinding())) {
              forms.addAll(formKeys(task.getCamundaFormRef()));
            }
          }
          for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null && "deployment".equals(start.getCamundaFormRefBinding())) {
              forms.addAll(formKeys(start.getCamundaFormRef()));
            }
          }
          for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            if (call.getCalledElement() != null && "deployment".equals(call.getCamundaCalledElementBinding())
                && !call.getCalledElement().contains("${") && !call.getCalledElement().contains("#{")) {
              processes.add(call.getCalledElement());
            }
          }
        }
        case DMN -> Dmn.readModelFromStream(new ByteArrayInputStream(bytes))
            .getModelElementsByType(Decision.class).forEach(d -> keys.add(d.getId()));
        case FORM -> {
          JsonNode id = JSON.readTree(new String(bytes, StandardCharsets.UTF_8)).get("id");
          if (id != null && id.isTextual()) {
            keys.add(id.asText());
          }
        }
        default -> { }
      }
    } catch (RuntimeException | java.io.IOException unreadable) {
      keys.clear();
      forms.clear();
      processes.clear();
    }
    return new ModelFile(name, kind, Set.copyOf(keys), Set.copyOf(forms), Set.copyOf(processes), sha256(bytes));
  }

  /**
   * Only the keys a resource defines (the ids of the {@code process} or {@code decision} elements under its
   * {@code definitions}, a form's {@code id}), read by a plain StAX pass: no schema validation and no model
   * instance, which {@link #read} costs (loading the BPMN and DMN schemas is most of a start-up's model
   * check, issue #16). For files already deployed and so known to be valid; for a well-formed model it
   * yields what {@link #read} yields. Empty when unreadable.
   */
  public static Set<String> keysOf(String name, byte[] bytes) {
    Kind kind = kindOf(name);
    if (kind == Kind.FORM || kind == Kind.OTHER) {
      return read(name, bytes).keys();
    }
    String element = kind == Kind.BPMN ? "process" : "decision";
    Set<String> keys = new LinkedHashSet<>();
    try {
      XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
      int depth = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth == 2 && element.equals(xml.getLocalName()) && xml.getAttributeValue(null, "id") != null) {
            keys.add(xml.getAttributeValue(null, "id"));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      xml.close();
    } catch (XMLStreamException unreadable) {
      return Set.of();
    }
    return Set.copyOf(keys);
  }

  private static final XMLInputFactory XML = xmlInputFactory();

  private static XMLInputFactory xmlInputFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  private static final java.util.regex.Pattern QUOTED_KEY = java.util.regex.Pattern.compile("'([A-Za-z0-9_.-]+)'");

  /**
   * The forms a {@code camunda:formRef} can name: itself, or for an expression (CaseAgreement's
   * {@code ${confirmationType == 'judicial' ? 'assist-judicial-confirmation' : 'assist-arbitration-review'}})
   * every quoted literal in it, so that each form the expression can choose travels with the model.
   */
  static Set<String> formKeys(String formRef) {
    if (!formRef.contains("${") && !formRef.contains("#{")) {
      return Set.of(formRef);
    }
    Set<String> keys = new LinkedHashSet<>();
    java.util.regex.Matcher quoted = QUOTED_KEY.matcher(formRef);
    while (quoted.find()) {
      keys.add(quoted.group(1));
    }
    return keys;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The resource's file name without any folder: {@code LaborDisputeCase.bpmn}. */
  public String fileName() {
    String plain = name.replace('\\', '/');
    return plain.substring(plain.lastIndexOf('/') + 1);
  }
}
