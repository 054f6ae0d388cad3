package cn.onedoor.referral;

import cn.onedoor.api.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inbound-messages}: the callbacks the court and the commission sent, for
 * administrators and supervisors (WebSecurityConfig): which wait for their case, which were applied,
 * which were refused and why. The number waiting is also on the system status.
 */
@RestController
class InboundMessagesController {

  private static final Set<String> STATES = Set.of(CallbackInbox.BUFFERED, CallbackInbox.APPLIED, CallbackInbox.REFUSED);

  private final CallbackInbox inbox;

  InboundMessagesController(CallbackInbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/api/inbound-messages")
  @Operation(summary = "外部机构回调消息（暂存、已处理、未能处理）",
      description = "state: buffered（暂存，待案件就绪）、applied（已处理）、refused（未能处理，lastError 说明原因）；caseNumber：案号；最多 limit 条（1–500，缺省 100），最新在前")
  List<CallbackInbox.Row> list(@RequestParam(required = false) String state, @RequestParam(required = false) String caseNumber,
                               @RequestParam(defaultValue = "100") int limit) {
    if (state != null && !STATES.contains(state)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_state", "state 应为 buffered、applied 或 refused");
    }
    if (limit < 1 || limit > 500) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_limit", "limit 应在 1 到 500 之间");
    }
    return inbox.list(state, caseNumber, limit);
  }
}
