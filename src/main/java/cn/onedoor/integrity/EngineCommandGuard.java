package cn.onedoor.integrity;

import cn.onedoor.party.MobileNumbers;
import cn.onedoor.party.PersonalDataInTransit;
import cn.onedoor.process.CaseVariables;
import cn.onedoor.process.ProcessKeys;
import cn.onedoor.security.EngineErrorMarkers;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's own door keeper, inside every command, so it holds for Tasklist, {@code /engine-rest},
 * our {@code /api} and Java calls alike:
 *
 * <ul>
 *   <li>a task is completed only with the fields of its own form, each checked against the form's
 *       rules and the case's rules ({@link CompletionRules}); anything else is refused with 400;
 *   <li>a process is started by a non-administrator only plainly: no business key of their choosing,
 *       no start instructions, only the start form's fields;
 *   <li>non-administrators may not set variables, modify, migrate, signal, delete or suspend
 *       instances, or touch jobs and batches ({@link AdminOnlyCommands}); supervisors change nothing;
 *   <li>full identity numbers and phones are taken out of whatever starts a case or completes the
 *       consultation, before the engine sees them ({@link PersonalDataInTransit}).
 * </ul>
 *
 * Only the outermost command of a call is judged: what the process itself does inside it (a
 * delegate starting a notice, the engine's own sub-commands) is the model's business. Calls
 * without an authenticated user are the system's (job executor, start-up, our own services).
 */
final class EngineCommandGuard extends CommandInterceptor {

  private static final Logger log = LoggerFactory.getLogger(EngineCommandGuard.class);
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
  private static final ThreadLocal<Boolean> APPLICATION_CALL = new ThreadLocal<>();

  private final CompletionRules rules;

  EngineCommandGuard(CompletionRules rules) {
    this.rules = rules;
  }

  /**
   * Runs engine calls of OneDoor's own API, which validated its input itself and may start a case
   * with facts no form has (received date, entrustment): the field check of the start form is
   * skipped, everything else holds.
   */
  static <T> T applicationCall(Supplier<T> work) {
    Boolean before = APPLICATION_CALL.get();
    APPLICATION_CALL.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      if (before == null) {
        APPLICATION_CALL.remove();
      }
    }
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    boolean outermost = depth[0] == 0;
    depth[0]++;
    try {
      inspect(command, outermost);
      return next.execute(command);
    } finally {
      depth[0]--;
      if (depth[0] == 0) {
        DEPTH.remove();
        PersonalDataInTransit.clear();
      }
    }
  }

  private void inspect(Command<?> command, boolean outermost) {
    CommandContext context = Context.getCommandContext();
    Authentication user = outermost && context != null ? context.getAuthentication() : null;
    boolean judged = user != null && user.getUserId() != null;
    boolean admin = judged && context.getAuthorizationManager().isCamundaAdmin(user);
    if (judged && !admin) {
      String refusal = AdminOnlyCommands.refusal(command);
      if (refusal != null) {
        throw refused(user, command, refusal);
      }
      if (user.getGroupIds() != null && user.getGroupIds().contains("supervisor")
          && AdminOnlyCommands.refusedToSupervisors(command)) {
        throw refused(user, command, "中心负责人只读，不办理、不修改案件 (supervisors are read-only)");
      }
    }
    if (command instanceof SubmitStartFormCmd submit) {
      start(context, definition(context, field(submit, "processDefinitionId")), field(submit, "businessKey"),
          field(submit, "variables"), judged, admin);
    } else if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = field(start, "instantiationBuilder");
      ProcessDefinitionEntity definition = context.runWithoutAuthorization(
          () -> new GetDeployedProcessDefinitionCmd(builder, false).execute(context));
      start(context, definition, builder.getBusinessKey(), builder.getVariables(), judged, admin);
    } else if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
        || command instanceof ResolveTaskCmd) {
      String variablesField = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
      complete(context, command, field(command, "taskId"), variablesField, judged);
    }
  }

  private void start(CommandContext context, ProcessDefinitionEntity definition, String businessKey,
                     Map<String, Object> variables, boolean judged, boolean admin) {
    boolean caseOrConsultation = definition != null && (ProcessKeys.LABOR_DISPUTE_CASE.equals(definition.getKey())
        || ProcessKeys.FREE_CONSULTATION.equals(definition.getKey()));
    // who may not start it at all is refused by the engine itself (403), not by our field checks
    boolean mayStart = judged && !admin && definition != null && context.getAuthorizationManager()
        .isAuthorized(Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, definition.getKey());
    if (mayStart) {
      if (businessKey != null) {
        throw new FieldsRefusedException(List.of(new FormContract.Violation("businessKey",
            "案号由系统在登记时生成，不能自行指定", "a business key is assigned at registration")));
      }
      if (!Boolean.TRUE.equals(APPLICATION_CALL.get())) {
        Map<String, Object> values = plain(variables);
        FormContract form = startForm(context, definition.getId());
        List<FormContract.Violation> violations = new java.util.ArrayList<>(form.check(values, values));
        if (violations.isEmpty()) {
          violations.addAll(rules.checkStart(definition.getKey(), values));
        }
        if (!violations.isEmpty()) {
          throw new FieldsRefusedException(violations);
        }
      }
    }
    if (caseOrConsultation && PersonalDataInTransit.takeFrom(variables)) {
      // a consultation keeps its caller's phone only masked: the lawyer sees whom she spoke to
      PersonalDataInTransit.text(CaseVariables.CONSULTANT_PHONE).filter(MobileNumbers::isValid)
          .ifPresent(phone -> variables.put(CaseVariables.CONSULTANT_PHONE_MASKED, MobileNumbers.mask(phone)));
    }
  }

  private void complete(CommandContext context, Command<?> command, String taskId, String variablesField, boolean judged) {
    Map<String, Object> variables = field(command, variablesField);
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the engine answers for a task that does not exist
    }
    if (judged) {
      Map<String, Object> values = plain(variables);
      Map<String, Object> shown = new HashMap<>(task.getVariables());
      shown.putAll(values);
      FormContract form = taskForm(context, task);
      List<FormContract.Violation> violations = new java.util.ArrayList<>(form.check(values, shown));
      if (violations.isEmpty()) {
        violations.addAll(rules.checkCompletion(task, values));
      }
      if (!violations.isEmpty()) {
        log.info("Completion of task {} ({}) by {} refused: {}", taskId, task.getTaskDefinitionKey(),
            context.getAuthentication().getUserId(), violations.stream().map(v -> v.field() + " " + v.english()).toList());
        throw new FieldsRefusedException(violations);
      }
    }
    if (variables != null && CompletionRules.CARRIES_PERSONAL_DATA.contains(task.getTaskDefinitionKey())) {
      // the caller's map may be immutable (Map.of): the command gets a copy without the personal fields
      org.camunda.bpm.engine.variable.VariableMap mutable = org.camunda.bpm.engine.variable.Variables.fromMap(variables);
      if (mutable != variables) {
        setField(command, variablesField, mutable);
      }
      PersonalDataInTransit.takeFrom(mutable);
    }
  }

  private static FormContract startForm(CommandContext context, String definitionId) {
    return form(context, () -> new GetDeployedStartFormCmd(definitionId).execute(context));
  }

  private static FormContract taskForm(CommandContext context, TaskEntity task) {
    return form(context, () -> new GetDeployedTaskFormCmd(task.getId()).execute(context));
  }

  private static FormContract form(CommandContext context, java.util.concurrent.Callable<InputStream> load) {
    InputStream schema;
    try {
      schema = context.runWithoutAuthorization(load);
    } catch (ProcessEngineException e) {
      return FormContract.none(); // no form: nothing may be submitted
    }
    return FormContract.parse(schema);
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id) {
    return id == null ? null : context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(id);
  }

  /** Submitted values as plain Java values (REST and Tasklist send typed values). */
  static Map<String, Object> plain(Map<String, Object> variables) {
    Map<String, Object> values = new HashMap<>();
    if (variables != null) {
      for (String name : variables.keySet()) {
        Object value = variables instanceof org.camunda.bpm.engine.variable.VariableMap map
            ? map.getValueTyped(name) : variables.get(name);
        values.put(name, cn.onedoor.party.JsonValues.plain(value instanceof TypedValue typed ? typed.getValue() : value));
      }
    }
    return values;
  }

  private static AuthorizationException refused(Authentication user, Command<?> command, String reason) {
    log.warn("Engine command {} by {} refused: {}", command.getClass().getSimpleName(), user.getUserId(), reason);
    return new AuthorizationException(EngineErrorMarkers.FORBIDDEN + "无权执行此操作：" + reason);
  }

  /** Reads a field of one of Camunda's command classes; {@code EngineCommandGuardTests} proves each exists. */
  @SuppressWarnings("unchecked")
  static <T> T field(Object command, String name) {
    try {
      Field field = findField(command.getClass(), name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda command " + command.getClass().getName() + " has no field " + name, e);
    }
  }

  private static void setField(Object command, String name, Object value) {
    try {
      Field field = findField(command.getClass(), name);
      field.setAccessible(true);
      field.set(command, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda command " + command.getClass().getName() + " has no field " + name, e);
    }
  }

  private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    throw new NoSuchFieldException(name);
  }
}
