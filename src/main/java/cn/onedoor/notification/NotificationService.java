package cn.onedoor.notification;

/**
 * Tells people about their case. The default, {@link RecordingNotificationService}, renders the
 * Chinese text and stores it per recipient; a gateway that sends SMS and e-mail replaces it.
 */
public interface NotificationService {

  void send(Notice notice);
}
