package cn.onedoor.notification;

import cn.onedoor.register.CaseClosed;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the parties that their case is closed, with its outcome ({@code case_closed}). A plain,
 * synchronous listener: the notice is recorded in the engine's transaction that closes the case,
 * and a failure to record it fails the closing step, as when the register called us directly.
 */
@Component
class CaseClosedNotice {

  private final NotificationService notifications;

  CaseClosedNotice(NotificationService notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void on(CaseClosed closed) {
    Map<String, String> values = new HashMap<>(CaseNoticeValues.of(closed.process()));
    values.put("outcomeLabel", closed.outcome().label());
    notifications.send(new Notice(closed.caseNumber(), "case_closed", Notice.PARTIES, values));
  }
}
