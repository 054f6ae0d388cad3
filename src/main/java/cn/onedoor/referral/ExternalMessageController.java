package cn.onedoor.referral;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messages about a case entered by staff or an integration account (HTTP Basic, roles checked in
 * WebSecurityConfig): a decision that arrived on paper, for example. The court and the arbitration
 * commission themselves use the signed callbacks of {@link CallbackController}.
 */
@RestController
class ExternalMessageController {

  private final CaseMessages messages;

  ExternalMessageController(CaseMessages messages) {
    this.messages = messages;
  }

  @PostMapping("/api/cases/{caseNumber}/messages/{message}")
  @Operation(summary = "向案件投递外部消息",
      description = "message: arbitration-accepted, arbitration-rejected, award-issued, award-period-extended, arbitration-review-decided, "
          + "court-receipt, payment-order-decided, judicial-confirmation-decided")
  CaseMessages.Delivered deliver(@PathVariable String caseNumber, @PathVariable String message,
      @RequestBody(required = false) ExternalMessage body) {
    return messages.deliver(caseNumber, messages.message(message), body);
  }
}
