package cn.onedoor.modelguard;

import static cn.onedoor.modelguard.ModelFiles.camunda;
import static cn.onedoor.modelguard.ModelFiles.elementId;

import cn.onedoor.calendar.StatutoryCalendar;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.external.ExternalTaskTopics;
import cn.onedoor.modelguard.DeployedModels.Stored;
import cn.onedoor.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The model guard's rules (docs/model-guard.md): reads every BPMN, DMN and form resource of a deployment
 * against the Spring context and what the engine holds, and returns what is wrong, each problem naming
 * file, element and rule. Nothing here knows the repository's element ids.
 */
@Component
public class ModelGuard {

  /** The deployment name that lets a file take over a deployed id from another file: {@code … takes-over:Old.bpmn}. */
  static final String TAKES_OVER = "takes-over:";
  /** Extension property that marks a timer or due date as technical (not a statutory period): value {@code technical}. */
  static final String TIMER_PROPERTY = "onedoor.timer";
  /** Process extension property listing variables a caller outside the models gives at the start: {@code a, b}. */
  static final String START_VARIABLES_PROPERTY = "onedoor.startVariables";
  /** What a Camunda Connect response offers to the output parameters of its connector. */
  static final Set<String> CONNECTOR_RESPONSE = Set.of("response", "statusCode", "headers");

  private final ListableBeanFactory beans;

  ModelGuard(ListableBeanFactory beans) {
    this.beans = beans;
  }

  /** The problems of a deployment of {@code resources} named {@code deploymentName}; empty when it may go ahead. */
  List<ModelProblem> check(String deploymentName, List<Stored> resources, DeployedModels engine) {
    Deployment deployment = new Deployment(deploymentName, resources, engine);
    deployment.read();
    if (deployment.problems.isEmpty()) {
      deployment.checkProcesses();
      deployment.checkDecisions();
    }
    return deployment.problems;
  }

  /** One check run: the resources read, what they and the engine provide, the problems found. */
  private final class Deployment {

    final String name;
    final List<Stored> resources;
    final DeployedModels engine;
    final List<ModelProblem> problems = new ArrayList<>();
    /** processes of this deployment: id → element; and their files */
    final Map<String, Element> processes = new LinkedHashMap<>();
    final Map<String, String> processFiles = new HashMap<>();
    final Map<String, Document> decisionFiles = new LinkedHashMap<>();
    /** forms of this deployment by id */
    final Map<String, FormSchemas.Form> forms = new HashMap<>();
    final Map<String, Optional<FormSchemas.Form>> engineForms = new HashMap<>();
    final Map<String, Boolean> groups = new HashMap<>();
    Set<String> calendarBeans;
    Set<String> externalTaskTopics;
    List<Element> engineProcesses;

    Deployment(String name, List<Stored> resources, DeployedModels engine) {
      this.name = name == null ? "" : name;
      this.resources = resources;
      this.engine = engine;
    }

    void read() {
      for (Stored resource : resources) {
        String file = ModelFiles.fileName(resource.name());
        switch (ModelFiles.kind(resource.name())) {
          case BPMN -> xml(file, resource.bytes()).ifPresent(document -> {
            for (Element process : ModelFiles.children(document.getDocumentElement(), "process")) {
              processes.put(process.getAttribute("id"), process);
              processFiles.put(process.getAttribute("id"), file);
            }
          });
          case DMN -> xml(file, resource.bytes()).ifPresent(document -> decisionFiles.put(file, document));
          case FORM -> {
            FormSchemas.Form form = FormSchemas.read(resource.bytes());
            form.errors().forEach(error -> problem(file, form.id(), ModelRule.INVALID_FORM, error));
            if (form.id() != null) {
              forms.put(form.id(), form);
            }
          }
          case OTHER -> { }
        }
      }
    }

    private Optional<Document> xml(String file, byte[] bytes) {
      try {
        return Optional.of(ModelFiles.parse(bytes));
      } catch (ModelFiles.XmlException e) {
        problem(file, "-", ModelRule.XML, e.getMessage());
        return Optional.empty();
      }
    }

    void problem(String file, String elementId, ModelRule rule, String detail) {
      problems.add(new ModelProblem(file, elementId, rule, detail));
    }

    // processes ----------------------------------------------------------------------------------

    void checkProcesses() {
      if (processes.isEmpty() && decisionFiles.isEmpty()) {
        return;
      }
      // every process the guard can see: the engine's latest, overridden by this deployment's
      Map<String, Element> visible = new LinkedHashMap<>();
      for (Element process : engineProcesses()) {
        visible.put(process.getAttribute("id"), process);
      }
      visible.putAll(processes);
      Map<String, Set<String>> contractInputs = contractInputs(visible.values());
      for (Map.Entry<String, Element> entry : processes.entrySet()) {
        String id = entry.getKey();
        Element process = entry.getValue();
        String file = processFiles.get(id);
        if (!"false".equals(process.getAttribute("isExecutable")) && camunda(process, "historyTimeToLive").isBlank()) {
          problem(file, id, ModelRule.MISSING_HISTORY_TTL, "camunda:historyTimeToLive");
        }
        takeover(file, id, engine.processResourceName(id));
        Set<String> known = knownVariables(process, contractInputs.getOrDefault(id, Set.of()));
        for (Element element : ModelFiles.allElements(process)) {
          checkElement(file, element, known);
        }
      }
    }

    /** The processes of the engine's latest models, read once per check. */
    private List<Element> engineProcesses() {
      if (engineProcesses == null) {
        engineProcesses = new ArrayList<>();
        for (Stored stored : engine.latestProcessModels()) {
          try {
            engineProcesses.addAll(ModelFiles.children(ModelFiles.parse(stored.bytes()).getDocumentElement(), "process"));
          } catch (ModelFiles.XmlException e) {
            // the engine parsed it once; nothing to add
          }
        }
      }
      return engineProcesses;
    }

    /** camunda:in targets of every call to each process, from all callers. */
    private Map<String, Set<String>> contractInputs(Iterable<Element> callers) {
      Map<String, Set<String>> inputs = new HashMap<>();
      for (Element caller : callers) {
        for (Element call : ModelFiles.descendants(caller, "callActivity")) {
          String called = call.getAttribute("calledElement");
          Set<String> targets = inputs.computeIfAbsent(called, k -> new HashSet<>());
          for (Element in : ModelFiles.descendants(call, "in")) {
            if (!in.getAttribute("target").isBlank()) {
              targets.add(in.getAttribute("target"));
            }
            if ("all".equals(in.getAttribute("variables"))) {
              targets.add("*");
            }
          }
        }
      }
      return inputs;
    }

    /** What the code writes, the contract gives, and the process itself writes (outputs, results, forms). */
    private Set<String> knownVariables(Element process, Set<String> inputs) {
      Set<String> known = new HashSet<>(KnownVariables.WRITTEN_BY_CODE);
      known.addAll(inputs);
      for (Element extensions : ModelFiles.children(process, "extensionElements")) {
        for (Element property : ModelFiles.descendants(extensions, "property")) {
          if (START_VARIABLES_PROPERTY.equals(property.getAttribute("name"))) {
            for (String name : property.getAttribute("value").split(",")) {
              addNames(known, name);
            }
          }
        }
      }
      for (Element element : ModelFiles.allElements(process)) {
        for (String attribute : List.of("resultVariable", "initiator", "errorCodeVariable", "errorMessageVariable",
            "elementVariable", "variableName")) {
          addNames(known, camunda(element, attribute));
        }
        String local = element.getLocalName();
        if (ModelFiles.CAMUNDA.equals(element.getNamespaceURI())) {
          if ("out".equals(local)) {
            addNames(known, element.getAttribute("target"));
          } else if ("inputParameter".equals(local) || "outputParameter".equals(local)) {
            addNames(known, element.getAttribute("name"));
          } else if ("formField".equals(local)) {
            addNames(known, element.getAttribute("id"));
          }
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          known.addAll(Expressions.writtenVariables(attributes.item(i).getNodeValue()));
        }
        if (!ModelFiles.hasElementChildren(element)) {
          known.addAll(Expressions.writtenVariables(element.getTextContent()));
        }
        String formRef = camunda(element, "formRef");
        if (!formRef.isBlank() && !Expressions.isExpression(formRef)) {
          form(formRef).ifPresent(form -> known.addAll(form.keys()));
        }
      }
      return known;
    }

    private void addNames(Set<String> known, String value) {
      if (value != null && !value.isBlank() && !Expressions.isExpression(value)) {
        known.add(value.trim());
      }
    }

    private void checkElement(String file, Element element, Set<String> known) {
      String id = elementId(element);
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (Expressions.isExpression(attribute.getValue())) {
          expression(file, id, attribute.getLocalName(), attribute.getValue(), known, false);
        }
      }
      boolean literalText = ModelFiles.CAMUNDA.equals(element.getNamespaceURI())
          && Set.of("string", "script", "property", "properties").contains(element.getLocalName());
      if (!ModelFiles.hasElementChildren(element) && !literalText && Expressions.isExpression(element.getTextContent())) {
        expression(file, id, element.getLocalName(), element.getTextContent(), known, inConnector(element));
      }
      if ("external".equals(camunda(element, "type"))) {
        String topic = camunda(element, "topic");
        if (!externalTaskTopics().contains(topic.trim())) {
          problem(file, id, ModelRule.UNKNOWN_TOPIC, "camunda:topic=\"" + topic + "\" (known: "
              + String.join(", ", new java.util.TreeSet<>(externalTaskTopics())) + ")");
        }
      }
      String className = ModelFiles.CAMUNDA.equals(element.getNamespaceURI())
          ? element.getAttribute("class") : camunda(element, "class");
      if (!className.isBlank() && !loadable(className)) {
        problem(file, id, ModelRule.UNKNOWN_CLASS, className);
      }
      if ("in".equals(element.getLocalName()) && ModelFiles.CAMUNDA.equals(element.getNamespaceURI())
          && !element.getAttribute("source").isBlank() && !known.contains(element.getAttribute("source"))
          && !known.contains("*")) {
        problem(file, id, ModelRule.UNKNOWN_VARIABLE, "camunda:in source=" + element.getAttribute("source"));
      }
      formRef(file, id, element);
      groups(file, id, camunda(element, "candidateGroups"));
      groups(file, id, camunda(element, "candidateStarterGroups"));
      timers(file, id, element);
    }

    private void expression(String file, String id, String where, String text, Set<String> known, boolean inConnector) {
      Expressions.Parsed parsed;
      try {
        parsed = Expressions.parse(text);
      } catch (TreeBuilderException e) {
        problem(file, id, ModelRule.BAD_EXPRESSION, where + "=" + text);
        return;
      }
      boolean delegate = "delegateExpression".equals(where);
      for (String name : parsed.identifiers()) {
        if (Expressions.ENGINE_NAMES.contains(name) || beans.containsBean(name)
            || (inConnector && CONNECTOR_RESPONSE.contains(name))) {
          continue;
        }
        if (delegate || parsed.called().contains(name)) {
          problem(file, id, ModelRule.UNKNOWN_BEAN, name + " in " + text.trim());
        } else if (!known.contains(name) && !known.contains("*")) {
          problem(file, id, ModelRule.UNKNOWN_VARIABLE, name + " in " + text.trim());
        }
      }
    }

    private boolean inConnector(Element element) {
      for (var node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
        if ("connector".equals(parent.getLocalName()) && ModelFiles.CAMUNDA.equals(parent.getNamespaceURI())) {
          return true;
        }
      }
      return false;
    }

    private boolean loadable(String className) {
      try {
        Class.forName(className.trim(), false, ModelGuard.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }

    private void formRef(String file, String id, Element element) {
      String formRef = camunda(element, "formRef");
      if (formRef.isBlank() || Expressions.isExpression(formRef)) {
        return;
      }
      // bound to the deployment: a form the deployment lacks but the engine has is carried along into it
      // (models.CarryAlongDeployer, before the engine parses), so both resolve; only a form nowhere is refused
      if (form(formRef).isEmpty()) {
        problem(file, id, ModelRule.UNRESOLVED_FORM, formRef);
      }
    }

    /** The form with this id: from this deployment, else the engine's latest. */
    private Optional<FormSchemas.Form> form(String key) {
      if (forms.containsKey(key)) {
        return Optional.of(forms.get(key));
      }
      return engineForms.computeIfAbsent(key, k -> engine.form(k).map(FormSchemas::read));
    }

    private void groups(String file, String id, String value) {
      if (value.isBlank()) {
        return;
      }
      for (String part : value.split(",")) {
        String group = part.trim();
        if (Expressions.isExpression(group)) {
          try {
            Expressions.parse(group).strings().forEach(literal -> group(file, id, literal));
          } catch (TreeBuilderException e) {
            // reported by the expression check
          }
        } else if (!group.isEmpty()) {
          group(file, id, group);
        }
      }
    }

    private void group(String file, String id, String groupId) {
      if (!groups.computeIfAbsent(groupId, this::groupExists)) {
        problem(file, id, ModelRule.UNKNOWN_GROUP, groupId);
      }
    }

    private boolean groupExists(String groupId) {
      return Arrays.stream(Role.values()).anyMatch(role -> role.groupId().equals(groupId)) || engine.groupExists(groupId);
    }

    private void timers(String file, String id, Element element) {
      List<String> periods = new ArrayList<>();
      if ("timerEventDefinition".equals(element.getLocalName())) {
        for (String child : List.of("timeDate", "timeDuration", "timeCycle")) {
          ModelFiles.children(element, child).forEach(e -> periods.add(child + "=" + e.getTextContent().trim()));
        }
      }
      for (String attribute : List.of("dueDate", "followUpDate")) {
        if (!camunda(element, attribute).isBlank()) {
          periods.add("camunda:" + attribute + "=" + camunda(element, attribute).trim());
        }
      }
      if (periods.isEmpty() || technical(element)) {
        return;
      }
      for (String period : periods) {
        String text = period.substring(period.indexOf('=') + 1);
        if (!callsCalendar(text)) {
          problem(file, id, ModelRule.NON_STATUTORY_TIMER, period
              + "（须调用法定日历，如 ${deadlines.endOf(…)}；技术性定时器请加扩展属性 " + TIMER_PROPERTY + "=technical"
              + " / must call the statutory calendar; mark technical timers with " + TIMER_PROPERTY + "=technical）");
        }
      }
    }

    private boolean callsCalendar(String text) {
      if (!Expressions.isExpression(text)) {
        return false;
      }
      try {
        return Expressions.parse(text).called().stream().anyMatch(calendarBeans()::contains);
      } catch (TreeBuilderException e) {
        return true; // reported by the expression check
      }
    }

    /** The topics some worker of the application fetches (every bean of type {@link ExternalTaskTopics}). */
    private Set<String> externalTaskTopics() {
      if (externalTaskTopics == null) {
        externalTaskTopics = new HashSet<>();
        beans.getBeansOfType(ExternalTaskTopics.class).values().forEach(worker -> externalTaskTopics.addAll(worker.topics()));
      }
      return externalTaskTopics;
    }

    private Set<String> calendarBeans() {
      if (calendarBeans == null) {
        calendarBeans = new HashSet<>(Arrays.asList(beans.getBeanNamesForType(Deadlines.class)));
        calendarBeans.addAll(Arrays.asList(beans.getBeanNamesForType(StatutoryCalendar.class)));
      }
      return calendarBeans;
    }

    /** A timer whose event, or a task whose due date, carries the extension property {@code onedoor.timer=technical}. */
    private boolean technical(Element element) {
      List<Element> carriers = new ArrayList<>(List.of(element));
      if ("timerEventDefinition".equals(element.getLocalName()) && element.getParentNode() instanceof Element event) {
        carriers.add(event);
      }
      return carriers.stream()
          .flatMap(carrier -> ModelFiles.children(carrier, "extensionElements").stream())
          .flatMap(extensions -> ModelFiles.descendants(extensions, "property").stream())
          .anyMatch(property -> TIMER_PROPERTY.equals(property.getAttribute("name"))
              && "technical".equals(property.getAttribute("value")));
    }

    private void takeover(String file, String id, Optional<String> deployedResource) {
      deployedResource.map(ModelFiles::fileName).filter(deployed -> !deployed.equals(file)).ifPresent(deployed -> {
        if (!name.contains(TAKES_OVER + deployed)) {
          problem(file, id, ModelRule.TAKEOVER, "已部署于 " + deployed + "；确有此意请将部署名称写作「… " + TAKES_OVER + deployed
              + "」 / deployed from " + deployed + "; to take it over, name the deployment '… " + TAKES_OVER + deployed + "'");
        }
      });
    }

    // decisions ----------------------------------------------------------------------------------

    void checkDecisions() {
      Set<String> groupVariables = groupVariables();
      for (Map.Entry<String, Document> entry : decisionFiles.entrySet()) {
        String file = entry.getKey();
        for (Element decision : ModelFiles.children(entry.getValue().getDocumentElement(), "decision")) {
          String id = decision.getAttribute("id");
          if (decision.getAttributeNS(ModelFiles.CAMUNDA_DMN, "historyTimeToLive").isBlank()) {
            problem(file, id, ModelRule.MISSING_HISTORY_TTL, "camunda:historyTimeToLive");
          }
          takeover(file, id, engine.decisionResourceName(id));
          for (Element table : ModelFiles.descendants(decision, "decisionTable")) {
            groupOutputs(file, table, groupVariables);
          }
        }
      }
    }

    /** Variables that name a group: candidate groups given as just {@code ${name}} in any visible process. */
    private Set<String> groupVariables() {
      Set<String> names = new LinkedHashSet<>();
      List<Element> all = new ArrayList<>(processes.values());
      all.addAll(engineProcesses());
      for (Element root : all) {
        for (Element element : ModelFiles.allElements(root)) {
          for (String part : camunda(element, "candidateGroups").split(",")) {
            Optional.ofNullable(Expressions.soleIdentifier(part)).ifPresent(names::add);
          }
        }
      }
      return names;
    }

    private void groupOutputs(String file, Element table, Set<String> groupVariables) {
      List<Element> outputs = ModelFiles.children(table, "output");
      for (Element rule : ModelFiles.children(table, "rule")) {
        List<Element> entries = ModelFiles.children(rule, "outputEntry");
        for (int i = 0; i < Math.min(outputs.size(), entries.size()); i++) {
          if (!groupVariables.contains(outputs.get(i).getAttribute("name"))) {
            continue;
          }
          String text = entries.get(i).getTextContent().trim();
          if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            String groupId = text.substring(1, text.length() - 1);
            if (!groups.computeIfAbsent(groupId, this::groupExists)) {
              problem(file, elementId(entries.get(i)), ModelRule.UNKNOWN_GROUP,
                  outputs.get(i).getAttribute("name") + "=" + groupId);
            }
          }
        }
      }
    }
  }
}
