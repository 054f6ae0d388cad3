package cn.onedoor.notification;

import cn.onedoor.process.CaseFacts;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通报集体争议: ten or more workers (LDMAL art. 7; Civil Code art. 1259) — supervisors and the union hear at once. */
@Component("alertCollectiveDisputeDelegate")
class AlertCollectiveDisputeDelegate implements JavaDelegate {

  private final NotificationService notifications;

  AlertCollectiveDisputeDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.send(new Notice(CaseFacts.of(execution).caseNumber(), "collective_alert",
        List.of(Recipient.SUPERVISORS, Recipient.UNION), CaseNoticeValues.of(execution)));
  }
}
