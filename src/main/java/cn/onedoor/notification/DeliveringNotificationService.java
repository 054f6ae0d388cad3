package cn.onedoor.notification;

import java.util.List;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/**
 * What the case process uses: records each notice ({@link RecordingNotificationService}) and queues
 * every recipient's copy for the SMS/e-mail gateway ({@link NoticeDeliveries}).
 */
@Service
@Primary
class DeliveringNotificationService implements NotificationService {

  private final RecordingNotificationService recording;
  private final NoticeDeliveries deliveries;

  DeliveringNotificationService(RecordingNotificationService recording, NoticeDeliveries deliveries) {
    this.recording = recording;
    this.deliveries = deliveries;
  }

  @Override
  public void send(Notice notice) {
    for (RecordingNotificationService.Recorded row : recording.record(notice)) {
      deliveries.queue(row.id(), notice.caseNumber(), row.recipient(), row.partyRole(), row.partySeq(), row.userId());
    }
  }
}
