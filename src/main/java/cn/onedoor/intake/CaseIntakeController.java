package cn.onedoor.intake;

import cn.onedoor.integrity.CaseIntegrityPlugin;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.CaseVariables;
import cn.onedoor.process.ProcessKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The API door of intake: online and court-entrusted applications, union and HR-bureau referrals. */
@RestController
class CaseIntakeController {

  record IntakeResponse(String caseNumber, String processInstanceId, String receivedDate, String mediationDeadline,
                        String limitationStatus, String limitationExpiry, boolean collectiveDispute,
                        List<String> possibleDuplicates) {}

  private final RuntimeService runtimeService;
  private final CaseRegistrationService registration;

  CaseIntakeController(RuntimeService runtimeService, CaseRegistrationService registration) {
    this.runtimeService = runtimeService;
    this.registration = registration;
  }

  @PostMapping("/api/cases")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "登记调解申请", description = "Validates the application, numbers the case and starts LaborDisputeCase.")
  @ApiResponse(responseCode = "201", description = "案件已登记")
  @ApiResponse(responseCode = "400", description = "申请信息有误：errors 逐项说明")
  IntakeResponse register(@RequestBody IntakeRequest request) {
    // refuse a bad application before anything starts, with every field error at once
    registration.validate(request.toVariables(), Deadlines.today());
    ProcessInstanceWithVariables instance = CaseIntegrityPlugin.applicationCall(() ->
        runtimeService.createProcessInstanceByKey(ProcessKeys.LABOR_DISPUTE_CASE)
            .setVariables(request.toVariables())
            .executeWithVariablesInReturn());
    VariableMap v = instance.getVariables();
    String duplicates = v.getValue(CaseVariables.POSSIBLE_DUPLICATE_OF, String.class);
    return new IntakeResponse(v.getValue(CaseVariables.CASE_NUMBER, String.class), instance.getId(),
        v.getValue(CaseVariables.RECEIVED_DATE, String.class), v.getValue(CaseVariables.MEDIATION_DEADLINE, String.class),
        v.getValue(CaseVariables.LIMITATION_STATUS, String.class), v.getValue(CaseVariables.LIMITATION_EXPIRY, String.class),
        Boolean.TRUE.equals(v.getValue(CaseVariables.COLLECTIVE_DISPUTE, Boolean.class)),
        duplicates == null || duplicates.isBlank() ? List.of() : Arrays.asList(duplicates.split("、")));
  }
}
