package cn.onedoor.mediation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The session calendar's configuration ({@code onedoor.sessions}): the centre's rooms for 现场调解
 * (Chinese names, as the session notice names them; 云调解 books no room), the calendar's grain and
 * the length of a session whose form leaves it unset.
 */
@ConfigurationProperties("onedoor.sessions")
public record SessionsProperties(List<String> rooms, Integer slotMinutes, Integer defaultDurationMinutes) {

  public SessionsProperties {
    rooms = rooms == null ? List.of() : List.copyOf(rooms);
    slotMinutes = slotMinutes == null ? 15 : slotMinutes;
    defaultDurationMinutes = defaultDurationMinutes == null ? 60 : defaultDurationMinutes;
    if (slotMinutes <= 0 || 60 % slotMinutes != 0) {
      throw new IllegalArgumentException("onedoor.sessions.slot-minutes must divide an hour, was " + slotMinutes);
    }
    if (defaultDurationMinutes <= 0 || defaultDurationMinutes % slotMinutes != 0) {
      throw new IllegalArgumentException("onedoor.sessions.default-duration-minutes must be a multiple of slot-minutes");
    }
  }
}
