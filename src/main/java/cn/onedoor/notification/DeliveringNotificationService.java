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
    List<Long> ids = recording.record(notice);
    for (int i = 0; i < ids.size(); i++) {
      deliveries.queue(ids.get(i), notice.caseNumber(), notice.recipients().get(i));
    }
  }
}
