package cn.onedoor.referral;

import cn.onedoor.api.ApiException;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.system.SystemOperations;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Delivers a message from outside (a receipt, an acceptance, an award, a decision) to the process of
 * the case that waits for it, correlated by case number. Used by the signed callbacks of the court
 * and the arbitration commission and by staff entering a paper decision through our API.
 */
@Service
class CaseMessages {

  record Delivered(String caseNumber, String message, String processInstanceId) {}

  private final RuntimeService runtimeService;
  private final CaseRegister register;
  private final SystemOperations system;

  CaseMessages(RuntimeService runtimeService, CaseRegister register, SystemOperations system) {
    this.runtimeService = runtimeService;
    this.register = register;
    this.system = system;
  }

  InboundMessage message(String path) {
    return InboundMessage.byPath(path)
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "unknown_message", "未知的消息类型：" + path));
  }

  boolean caseExists(String caseNumber) {
    return register.exists(caseNumber);
  }

  /** The message's process variables; a body the message cannot carry is a 400. */
  Map<String, Object> variables(InboundMessage inbound, ExternalMessage body) {
    try {
      return inbound.variables(body, Deadlines.today());
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_message", e.getMessage());
    }
  }

  Delivered deliver(String caseNumber, InboundMessage inbound, ExternalMessage body) {
    Map<String, Object> variables = variables(inbound, body);
    if (!register.exists(caseNumber)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "unknown_case", "案号不存在：" + caseNumber);
    }
    try {
      return new Delivered(caseNumber, inbound.path(), correlate(caseNumber, inbound, variables));
    } catch (MessageRefusedException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_message", e.getMessage());
    } catch (MismatchingMessageCorrelationException e) {
      throw new ApiException(HttpStatus.CONFLICT, "not_waiting",
          "案件 " + caseNumber + " 当前不在等待该消息（" + inbound.path() + "），请核对案件所处阶段");
    }
  }

  /**
   * Correlates the message to the case's process that waits for it and returns that instance's id.
   * Who may send it was checked by our API's rules or the callback signature; the engine call runs as
   * the system. Throws the engine's MismatchingMessageCorrelationException when no process waits, and
   * MessageRefusedException when the case's rules refuse the message.
   */
  String correlate(String caseNumber, InboundMessage inbound, Map<String, Object> variables) {
    return system.asSystem(() -> runtimeService.createMessageCorrelation(inbound.messageName())
        .processInstanceBusinessKey(caseNumber)
        .setVariables(variables)
        .correlateWithResult()
        .getExecution().getProcessInstanceId());
  }
}
