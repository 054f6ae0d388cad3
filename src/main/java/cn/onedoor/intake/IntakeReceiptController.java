package cn.onedoor.intake;

import cn.onedoor.api.ApiException;
import cn.onedoor.api.FieldError;
import cn.onedoor.process.CaseFacts;
import cn.onedoor.process.ProcessKeys;
import cn.onedoor.process.ProcessVariables;
import cn.onedoor.security.Role;
import cn.onedoor.system.SystemOperations;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the clerk tells the applicant right after registering a case through Tasklist's start form
 * (issue 14): the case number and the mediation deadline, the same facts {@code POST /api/cases}
 * answers. Only for the clerk who started that case (its initiator), and administrators; anyone
 * else, and an unknown id, gets the same 404, so ids reveal nothing. Read as the system (a clerk
 * has no engine read grant on cases).
 */
@RestController
class IntakeReceiptController {

  /** Engine ids: generated UUIDs or the database id generator's numbers. */
  static final Pattern INSTANCE_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

  record Receipt(String caseNumber, String receivedDate, String mediationDeadline, boolean collectiveDispute,
                 long workerCount, List<String> possibleDuplicates) {}

  private final HistoryService history;
  private final SystemOperations system;

  IntakeReceiptController(HistoryService history, SystemOperations system) {
    this.history = history;
    this.system = system;
  }

  @GetMapping("/api/intake/receipts/{processInstanceId}")
  @Operation(summary = "登记回执", description = "本人刚登记的案件的案号、收到申请日和调解期限届满日（Tasklist 启动流程后显示）；"
      + "仅限登记该案的受理人员和系统管理员")
  Receipt receipt(@PathVariable String processInstanceId, Principal caller, Authentication authentication) {
    if (!INSTANCE_ID.matcher(processInstanceId).matches()) {
      throw new CaseValidationException(List.of(new FieldError("processInstanceId", "流程实例编号格式不正确。")));
    }
    boolean admin = authentication.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.groupId()));
    return system.asSystem(() -> {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).processDefinitionKey(ProcessKeys.LABOR_DISPUTE_CASE).singleResult();
      if (instance == null || !(admin || caller.getName().equals(instance.getStartUserId()))) {
        throw new ApiException(HttpStatus.NOT_FOUND, "no_receipt", "没有您登记的该案件。");
      }
      Map<String, Object> variables = new HashMap<>();
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
          .disableCustomObjectDeserialization().list()) {
        // the case's own variables, not a task's local copies
        if (v.getTaskId() == null && (v.getActivityInstanceId() == null || processInstanceId.equals(v.getActivityInstanceId()))) {
          variables.put(v.getName(), v.getValue());
        }
      }
      CaseFacts facts = CaseFacts.of(variables);
      String caseNumber = instance.getBusinessKey() != null ? instance.getBusinessKey() : facts.caseNumberVariable();
      return new Receipt(caseNumber, ProcessVariables.storedDate(facts.receivedDate()),
          ProcessVariables.storedDate(facts.mediationDeadline()), facts.collectiveDispute(),
          facts.hasWorkerCount() ? facts.workerCount() : 1, facts.possibleDuplicateOf());
    });
  }
}
