package cn.onedoor.notification;

import cn.onedoor.process.CaseFacts;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Every "发送…通知" service task: sends the template named by the field {@code template} to the
 * parties, or to the recipients listed in the optional field {@code recipients} (comma separated).
 */
@Component("sendNotificationDelegate")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // fields are injected per use: one instance per call
public class SendNotificationDelegate implements JavaDelegate {

  private final NotificationService notifications;

  private Expression template;
  private Expression recipients;

  SendNotificationDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String templateName = template.getValue(execution).toString();
    notifications.send(new Notice(CaseFacts.of(execution).caseNumber(), templateName,
        recipientsOf(execution), CaseNoticeValues.of(execution)));
  }

  private List<Recipient> recipientsOf(DelegateExecution execution) {
    if (recipients == null) {
      return Notice.PARTIES;
    }
    return Arrays.stream(recipients.getValue(execution).toString().split(","))
        .map(String::trim).map(String::toUpperCase).map(Recipient::valueOf).toList();
  }

  public void setTemplate(Expression template) {
    this.template = template;
  }

  public void setRecipients(Expression recipients) {
    this.recipients = recipients;
  }
}
