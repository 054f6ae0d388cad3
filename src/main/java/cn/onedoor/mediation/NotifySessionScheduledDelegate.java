package cn.onedoor.mediation;

import cn.onedoor.notification.CaseNoticeValues;
import cn.onedoor.notification.Notice;
import cn.onedoor.notification.NotificationService;
import cn.onedoor.notification.Recipient;
import java.util.List;
import cn.onedoor.process.MediationVariables;
import cn.onedoor.register.CaseRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 发送调解会议通知: for cloud mediation a meeting link is generated. The mediator who scheduled the
 * first session is recorded as the case's mediator (承办人; the case's later tasks are hers,
 * tasklist.CaseTaskListener). Then everyone is told the time and the room or link: every applicant
 * and the employer's contact (and the sides' agents with a phone) by SMS, the case's mediator by
 * e-mail, each in a text written for them.
 */
@Component("notifySessionScheduledDelegate")
class NotifySessionScheduledDelegate implements JavaDelegate {

  static final String CLOUD = "cloud";

  private final CloudMeetings meetings;
  private final NotificationService notifications;
  private final CaseRegister register;

  NotifySessionScheduledDelegate(CloudMeetings meetings, NotificationService notifications, CaseRegister register) {
    this.meetings = meetings;
    this.notifications = notifications;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MediationVariables variables = MediationVariables.of(execution);
    boolean cloud = CLOUD.equals(variables.sessionMode());
    variables.sessionScheduled(cloud ? meetings.newRoomLink() : null, "云调解");
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null) {
      register.recordFirstMediator(variables.caseNumber(), user.getUserId());
    }
    var values = CaseNoticeValues.of(execution);
    notifications.send(new Notice(variables.caseNumber(), cloud ? "session_scheduled_cloud" : "session_scheduled",
        Notice.PARTIES, values));
    notifications.send(new Notice(variables.caseNumber(), cloud ? "session_scheduled_mediator_cloud" : "session_scheduled_mediator",
        List.of(Recipient.MEDIATOR), values));
  }
}
