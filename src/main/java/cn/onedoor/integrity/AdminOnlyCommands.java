package cn.onedoor.integrity;

import java.util.List;
import org.camunda.bpm.engine.impl.batch.DeleteBatchCmd;
import org.camunda.bpm.engine.impl.cmd.*;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricBatchesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricDecisionInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.removaltime.SetRemovalTimeToHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * Engine operations that only administrators may call, whatever authorizations a user holds: a
 * staff user changes a case only by completing one of its tasks with that task's form. Read
 * top to bottom; each group says why. (Commands matched by class, base classes included.)
 */
final class AdminOnlyCommands {

  record Group(String reason, List<Class<?>> commands) {}

  static final List<Group> GROUPS = List.of(
      new Group("变量只能随任务表单提交 (variables change only with a task's form)", List.of(
          AbstractSetVariableCmd.class, AbstractPatchVariablesCmd.class, AbstractRemoveVariableCmd.class,
          org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd.class)),
      new Group("案件流程不能被跳转、重启、迁移或改版本 (no modification, restart, migration)", List.of(
          StartProcessInstanceAtActivitiesCmd.class, ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
          ProcessInstanceModificationBatchCmd.class, ProcessInstanceModificationCmd.class,
          AbstractRestartProcessInstanceCmd.class, SetProcessDefinitionVersionCmd.class,
          MigrateProcessInstanceCmd.class, MigrateProcessInstanceBatchCmd.class)),
      new Group("案件只能按流程推进 (no signals, messages, errors or escalations by hand)", List.of(
          SignalCmd.class, SignalEventReceivedCmd.class, MessageEventReceivedCmd.class,
          AbstractCorrelateMessageCmd.class, org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd.class,
          HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class, CreateIncidentCmd.class, ResolveIncidentCmd.class)),
      new Group("案件与任务不能被删除、挂起或改写 (no deletion, suspension or task rewrite)", List.of(
          AbstractDeleteProcessInstanceCmd.class, DeleteProcessInstancesCmd.class,
          org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd.class,
          AbstractSetProcessInstanceStateCmd.class, AbstractUpdateProcessInstancesSuspendStateCmd.class,
          AbstractSetProcessDefinitionStateCmd.class, CreateTaskCmd.class, DeleteTaskCmd.class, SaveTaskCmd.class,
          AbstractSetTaskPropertyCmd.class, SetTaskOwnerCmd.class,
          UpdateProcessDefinitionHistoryTimeToLiveCmd.class, UpdateDecisionDefinitionHistoryTimeToLiveCmd.class)),
      new Group("作业与批处理仅限管理员 (jobs and batches: administrators only)", List.of(
          ExecuteJobsCmd.class, SetJobRetriesCmd.class, AbstractSetJobsRetriesBatchCmd.class,
          SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class, SetJobPriorityCmd.class, SetJobDefinitionPriorityCmd.class,
          AbstractSetJobStateCmd.class, AbstractSetJobDefinitionStateCmd.class, DeleteJobCmd.class, DeleteJobsCmd.class,
          UnlockJobCmd.class, HistoryCleanupCmd.class, AbstractSetBatchStateCmd.class, DeleteBatchCmd.class,
          AbstractSetExternalTaskRetriesCmd.class, SetExternalTaskPriorityCmd.class,
          SetRemovalTimeToHistoricBatchesCmd.class, SetRemovalTimeToHistoricDecisionInstancesCmd.class,
          SetRemovalTimeToHistoricProcessInstancesCmd.class)),
      new Group("历史记录不能被删除 (history is not deleted by hand)", List.of(
          DeleteHistoricProcessInstancesCmd.class,
          org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd.class, DeleteHistoricTaskInstanceCmd.class,
          DeleteHistoricVariableInstanceCmd.class, DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class,
          DeleteUserOperationLogEntryCmd.class)),
      new Group("附件须经本系统上传 (attachments only through OneDoor's own upload)", List.of(
          CreateAttachmentCmd.class, SaveAttachmentCmd.class, DeleteAttachmentCmd.class)),
      // logins check passwords before anyone is authenticated, behind the login throttle; a
      // logged-in user testing others' passwords (POST /engine-rest/identity/verify) would bypass it
      new Group("口令只在登录时校验 (passwords are checked by logging in)", List.of(CheckPassword.class)));

  /** Changes a supervisor may not make either, though other staff may (AccessPolicy: read-only). */
  static final List<Class<?>> SUPERVISOR_REFUSED = List.of(AddCommentCmd.class, UpdateCommentCmd.class,
      DeleteTaskCommentCmd.class, DeleteProcessInstanceCommentCmd.class, SetAnnotationForIncidentCmd.class,
      ClaimTaskCmd.class, CompleteTaskCmd.class, SubmitTaskFormCmd.class, ResolveTaskCmd.class, DelegateTaskCmd.class,
      AssignTaskCmd.class, AbstractAddIdentityLinkCmd.class, DeleteIdentityLinkCmd.class);

  private AdminOnlyCommands() {}

  /** The reason a non-administrator may not run this command, or null. */
  static String refusal(Command<?> command) {
    for (Group group : GROUPS) {
      for (Class<?> type : group.commands()) {
        if (type.isInstance(command)) {
          return group.reason();
        }
      }
    }
    return null;
  }

  static boolean refusedToSupervisors(Command<?> command) {
    return SUPERVISOR_REFUSED.stream().anyMatch(type -> type.isInstance(command));
  }
}
