package cn.onedoor.referral;

import cn.onedoor.api.ApiException;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.system.SystemOperations;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messages from outside about a case (arbitration accepted or not, award, court receipt, payment
 * order result), correlated by case number to the process that waits for them.
 */
@RestController
class ExternalMessageController {

  record Delivered(String caseNumber, String message, String processInstanceId) {}

  private final RuntimeService runtimeService;
  private final CaseRegister register;
  private final SystemOperations system;

  ExternalMessageController(RuntimeService runtimeService, CaseRegister register, SystemOperations system) {
    this.runtimeService = runtimeService;
    this.register = register;
    this.system = system;
  }

  @PostMapping("/api/cases/{caseNumber}/messages/{message}")
  @Operation(summary = "向案件投递外部消息",
      description = "message: arbitration-accepted, arbitration-rejected, award-issued, award-period-extended, court-receipt, payment-order-decided")
  Delivered deliver(@PathVariable String caseNumber, @PathVariable String message, @RequestBody(required = false) ExternalMessage body) {
    InboundMessage inbound = InboundMessage.byPath(message)
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "unknown_message", "未知的消息类型：" + message));
    Map<String, Object> variables;
    try {
      variables = inbound.variables(body, Deadlines.today());
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_message", e.getMessage());
    }
    if (!register.exists(caseNumber)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "unknown_case", "案号不存在：" + caseNumber);
    }
    try {
      // the role was checked by our API's rules; the engine call runs as the system
      String instance = system.asSystem(() -> runtimeService.createMessageCorrelation(inbound.messageName())
          .processInstanceBusinessKey(caseNumber)
          .setVariables(variables)
          .correlateWithResult()
          .getExecution().getProcessInstanceId());
      return new Delivered(caseNumber, message, instance);
    } catch (MismatchingMessageCorrelationException e) {
      throw new ApiException(HttpStatus.CONFLICT, "not_waiting",
          "案件 " + caseNumber + " 当前不在等待该消息（" + message + "），请核对案件所处阶段");
    }
  }
}
