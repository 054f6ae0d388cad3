package cn.onedoor.mediation;

import cn.onedoor.process.MediationVariables;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 安排调解会议. On create: the rooms its form offers (task-local {@code sessionRooms}, from
 * {@code onedoor.sessions.rooms}). On complete: the session is booked in the {@link SessionCalendar}
 * for its room (现场调解) and its mediator — the case's mediator, or for a first session whoever
 * schedules it — so a double booking fails here whichever door completed the task; and the previous
 * session's notes and result are cleared, so that 记录调解情况 opens empty.
 */
@Component("scheduleSessionListener")
class ScheduleSessionListener implements TaskListener {

  private final SessionCalendar calendar;

  ScheduleSessionListener(SessionCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      MediationVariables.roomsOffered(task, calendar.rooms());
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    MediationVariables variables = MediationVariables.of(task);
    LocalDateTime start = sessionStart(variables.sessionTime());
    if (start != null) {
      boolean inPerson = !NotifySessionScheduledDelegate.CLOUD.equals(variables.sessionMode());
      String room = inPerson ? blankToNull(variables.sessionPlace()) : null;
      Integer minutes = variables.sessionDurationMinutes();
      String scheduler = scheduler(task);
      String mediator = calendar.mediatorOf(variables.caseNumber(), scheduler);
      calendar.book(variables.caseNumber(), inPerson ? "in_person" : NotifySessionScheduledDelegate.CLOUD, room, mediator, start,
          minutes == null ? calendar.defaultMinutes() : minutes, scheduler);
    }
    variables.previousSessionRecordCleared();
  }

  /** Who completes the task: the authenticated user, else its assignee (null for the system). */
  static String scheduler(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
  }

  /** The form's datetime, Beijing time; null when missing or unreadable (the engine guard refuses that at the form). */
  static LocalDateTime sessionStart(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(cn.onedoor.calendar.ChinaTime.ZONE).toLocalDateTime();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
