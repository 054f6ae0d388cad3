package cn.onedoor.intake;

import cn.onedoor.integrity.CaseIntegrityPlugin;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.CaseFacts;
import cn.onedoor.process.ProcessVariables;
import cn.onedoor.process.ProcessKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The API door of intake: online and court-entrusted applications, union and HR-bureau referrals. */
@RestController
class CaseIntakeController {

  record IntakeResponse(String caseNumber, String processInstanceId, String receivedDate, String mediationDeadline,
                        String limitationStatus, String limitationExpiry, boolean collectiveDispute,
                        List<String> possibleDuplicates) {}

  private final RuntimeService runtimeService;
  private final CaseRegistrationService registration;
  private final IdempotentRequests idempotent;
  private final ObjectMapper json;

  CaseIntakeController(RuntimeService runtimeService, CaseRegistrationService registration, IdempotentRequests idempotent,
                       ObjectMapper json) {
    this.runtimeService = runtimeService;
    this.registration = registration;
    this.idempotent = idempotent;
    this.json = json;
  }

  @PostMapping("/api/cases")
  @Operation(summary = "登记调解申请", description = "Validates the application, numbers the case and starts LaborDisputeCase. "
      + "With an Idempotency-Key (at most 200 characters) the same key and body answer as the first time, without a second case; "
      + "the same key with another body answers 409. Keys are per caller.")
  @ApiResponse(responseCode = "201", description = "案件已登记")
  @ApiResponse(responseCode = "400", description = "申请信息有误：errors 逐项说明")
  @ApiResponse(responseCode = "409", description = "Idempotency-Key 已用于另一份申请，或同键请求正在处理")
  ResponseEntity<?> register(@RequestBody IntakeRequest request,
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, Principal caller) {
    if (idempotencyKey == null) {
      return ResponseEntity.status(HttpStatus.CREATED).body(registerNow(request));
    }
    String key = IdempotentRequests.validKey(idempotencyKey);
    IdempotentRequests.Answer answer = idempotent.once(caller.getName(), key, IdempotentRequests.sha256(canonical(request)),
        HttpStatus.CREATED.value(), () -> canonical(registerNow(request)));
    return ResponseEntity.status(answer.status())
        .header(IdempotentRequests.HEADER + "-Replayed", Boolean.toString(answer.replayed()))
        .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
        .body(answer.body());
  }

  private IntakeResponse registerNow(IntakeRequest request) {
    if (request.bothApplicantForms()) {
      throw new CaseValidationException(List.of(new cn.onedoor.api.FieldError("applicant",
          "applicant（一名申请人的简写）与 applicants（申请人名单）只能填写其一")));
    }
    // refuse a bad application before anything starts, with every field error at once
    registration.validate(request.toVariables(), Deadlines.today());
    ProcessInstanceWithVariables instance = CaseIntegrityPlugin.applicationCall(() ->
        runtimeService.createProcessInstanceByKey(ProcessKeys.LABOR_DISPUTE_CASE)
            .setVariables(request.toVariables())
            .executeWithVariablesInReturn());
    VariableMap v = instance.getVariables();
    CaseFacts facts = CaseFacts.of(v);
    return new IntakeResponse(facts.caseNumberVariable(), instance.getId(), ProcessVariables.storedDate(facts.receivedDate()),
        ProcessVariables.storedDate(facts.mediationDeadline()), facts.limitationStatus(),
        ProcessVariables.storedDate(facts.limitationExpiry()), facts.collectiveDispute(), facts.possibleDuplicateOf());
  }

  /** The JSON the API answers, written by the application's own mapper (a request for its hash, a response to store). */
  private String canonical(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
