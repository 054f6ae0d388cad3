package cn.onedoor.mediation;

import cn.onedoor.register.CaseRegister;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The session calendar (调解会议日程): each scheduled session books its room (现场调解; 云调解 has
 * none) and its mediator for [start, start + length), Beijing local time. Tables
 * {@code session_booking} and {@code session_slot}, owned by this module, only here.
 *
 * <p>A double booking is refused twice: {@link #clash} reads the calendar first, so that the form's
 * refusal can say which session is in the way; {@link #book} then writes one {@code session_slot} row
 * per quarter hour and resource, whose primary key lets only one booking hold a room or a mediator
 * in a quarter. Two nodes booking the same slot at once both pass the read; the database lets one
 * insert through and makes the other fail (PostgreSQL makes the second wait for the first's commit),
 * and that one is refused as well. Runs in the caller's (the engine's) transaction.
 */
@Service
@EnableConfigurationProperties(SessionsProperties.class)
public class SessionCalendar {

  /** A booked session. {@code room} null for 云调解; {@code releasedAt} set once it will not take place. */
  public record Booking(long id, String caseNumber, String mode, String room, String mediatorId,
                        LocalDateTime startsAt, LocalDateTime endsAt, OffsetDateTime releasedAt) {}

  /** Why a session cannot be booked: the form field, the Chinese message, a short English reason. */
  public record Clash(String field, String message, String reason) {}

  static final String ROOM = "room";
  static final String MEDIATOR = "mediator";
  /** The longest session the calendar takes (a working day). */
  public static final int MAX_MINUTES = 8 * 60;
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final JdbcTemplate jdbc;
  private final SessionsProperties properties;
  private final CaseRegister register;

  SessionCalendar(JdbcTemplate jdbc, SessionsProperties properties, CaseRegister register) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.register = register;
  }

  /** Whose time a session of the case takes: the case's mediator (承办人); before the first session, whoever schedules it. */
  public String mediatorOf(String caseNumber, String scheduler) {
    String assigned = register.keepers(caseNumber).map(CaseRegister.Keepers::mediatorId).orElse(null);
    return assigned != null ? assigned : scheduler;
  }

  /** The rooms 现场调解 may book, as configured. */
  public List<String> rooms() {
    return properties.rooms();
  }

  public int slotMinutes() {
    return properties.slotMinutes();
  }

  /** The length of a session whose form gave none. */
  public int defaultMinutes() {
    return properties.defaultDurationMinutes();
  }

  /**
   * Why the session cannot be booked, or empty if it can: the time off the calendar's grain, a room
   * that is not the centre's, the room or the mediator taken by another session (adjacent sessions
   * are fine: a session ends when the next may begin).
   */
  public Optional<Clash> clash(String room, String mediatorId, LocalDateTime start, int minutes) {
    int grain = slotMinutes();
    if (start.getMinute() % grain != 0 || start.getSecond() != 0 || start.getNano() != 0) {
      return Optional.of(new Clash(FIELD_TIME, "会议时间须为整" + grain + "分钟（如 09:00、09:" + grain + "）", "off the grain"));
    }
    if (minutes <= 0 || minutes % grain != 0 || minutes > MAX_MINUTES) {
      return Optional.of(new Clash(FIELD_DURATION, "会议时长须为" + grain + "分钟的整数倍，最长" + MAX_MINUTES / 60 + "小时",
          "length off the grain"));
    }
    if (room != null && !rooms().contains(room)) {
      return Optional.of(new Clash(FIELD_ROOM, "调解室：请从中心的调解室中选择", "not one of the rooms"));
    }
    LocalDateTime end = start.plusMinutes(minutes);
    if (room != null) {
      Optional<Booking> taken = overlapping("room = ?", room, start, end);
      if (taken.isPresent()) {
        return Optional.of(new Clash(FIELD_ROOM, "调解室：" + room + "在 " + span(taken.get())
            + " 已安排其他调解会议，请另选调解室或时间", "room taken"));
      }
    }
    if (mediatorId != null) {
      Optional<Booking> taken = overlapping("mediator_id = ?", mediatorId, start, end);
      if (taken.isPresent()) {
        return Optional.of(new Clash(FIELD_TIME, "会议时间：承办调解员在 " + span(taken.get()) + " 已有调解会议（案号 "
            + taken.get().caseNumber() + "），请另选时间", "mediator taken"));
      }
    }
    return Optional.empty();
  }

  /** The form fields a clash names (schedule-session). */
  public static final String FIELD_TIME = cn.onedoor.process.CaseVariables.SESSION_TIME;
  public static final String FIELD_ROOM = cn.onedoor.process.CaseVariables.SESSION_PLACE;
  public static final String FIELD_DURATION = cn.onedoor.process.CaseVariables.SESSION_DURATION;

  /**
   * Books the session, or throws {@link SessionClashException} when it clashes ({@link #clash}, the
   * room here not checked against the configuration: a system call may book a room by any name) or
   * when another booking took a slot first (the database's constraint).
   */
  long book(String caseNumber, String mode, String room, String mediatorId, LocalDateTime start, int minutes, String bookedBy) {
    Optional<Clash> clash = clash(null, null, start, minutes)
        .or(() -> clash(null, mediatorId, start, minutes))
        .or(() -> room == null ? Optional.empty() : overlapping("room = ?", room, start, start.plusMinutes(minutes))
            .map(b -> new Clash(FIELD_ROOM, "调解室：" + room + "在 " + span(b) + " 已安排其他调解会议，请另选调解室或时间", "room taken")));
    clash.ifPresent(c -> {
      throw new SessionClashException(c.field(), c.message());
    });
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into session_booking (case_number, session_mode, room, mediator_id, starts_at, ends_at, booked_by, booked_at)
          values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      insert.setString(1, caseNumber);
      insert.setString(2, mode);
      insert.setString(3, room);
      insert.setString(4, mediatorId);
      insert.setTimestamp(5, Timestamp.valueOf(start));
      insert.setTimestamp(6, Timestamp.valueOf(start.plusMinutes(minutes)));
      insert.setString(7, bookedBy);
      insert.setObject(8, OffsetDateTime.now());
      return insert;
    }, key);
    long id = key.getKey().longValue();
    if (room != null) {
      takeSlots(id, ROOM, room, start, minutes, FIELD_ROOM, "调解室：" + room + "该时段刚被其他调解会议占用，请另选调解室或时间");
    }
    if (mediatorId != null) {
      takeSlots(id, MEDIATOR, mediatorId, start, minutes, FIELD_TIME, "会议时间：承办调解员该时段刚安排了其他调解会议，请另选时间");
    }
    return id;
  }

  private void takeSlots(long booking, String kind, String resource, LocalDateTime start, int minutes, String field, String message) {
    List<Object[]> rows = new ArrayList<>();
    for (int m = 0; m < minutes; m += slotMinutes()) {
      rows.add(new Object[] {kind, resource, Timestamp.valueOf(start.plusMinutes(m)), booking});
    }
    try {
      jdbc.batchUpdate("insert into session_slot (resource_kind, resource_id, slot_start, booking_id) values (?, ?, ?, ?)", rows);
    } catch (DuplicateKeyException e) {
      throw new SessionClashException(field, message);
    }
  }

  /**
   * Releases the case's sessions that have not begun at {@code now} (the mediation ended before them):
   * their slots are free again, the bookings stay with {@code released_at}. Returns how many.
   */
  int releaseUpcoming(String caseNumber, LocalDateTime now) {
    List<Long> ids = jdbc.queryForList("""
        select id from session_booking where case_number = ? and released_at is null and starts_at > ?""",
        Long.class, caseNumber, Timestamp.valueOf(now));
    for (Long id : ids) {
      jdbc.update("delete from session_slot where booking_id = ?", id);
      jdbc.update("update session_booking set released_at = ? where id = ?", OffsetDateTime.now(), id);
    }
    return ids.size();
  }

  /** Bookings not released that overlap [from, to), by room and/or mediator (null: any), in order of time. */
  public List<Booking> between(LocalDateTime from, LocalDateTime to, String room, String mediatorId) {
    StringBuilder sql = new StringBuilder("""
        select id, case_number, session_mode, room, mediator_id, starts_at, ends_at, released_at from session_booking
        where released_at is null and starts_at < ? and ends_at > ?""");
    List<Object> args = new ArrayList<>(List.of(Timestamp.valueOf(to), Timestamp.valueOf(from)));
    if (room != null) {
      sql.append(" and room = ?");
      args.add(room);
    }
    if (mediatorId != null) {
      sql.append(" and mediator_id = ?");
      args.add(mediatorId);
    }
    sql.append(" order by starts_at, id");
    return jdbc.query(sql.toString(), (rs, i) -> new Booking(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getTimestamp(6).toLocalDateTime(), rs.getTimestamp(7).toLocalDateTime(),
        rs.getObject(8, OffsetDateTime.class)), args.toArray());
  }

  /** The case's bookings, released ones included, in order of time. */
  public List<Booking> of(String caseNumber) {
    return jdbc.query("""
        select id, case_number, session_mode, room, mediator_id, starts_at, ends_at, released_at from session_booking
        where case_number = ? order by starts_at, id""", (rs, i) -> new Booking(rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toLocalDateTime(), rs.getTimestamp(7).toLocalDateTime(),
        rs.getObject(8, OffsetDateTime.class)), caseNumber);
  }

  private Optional<Booking> overlapping(String condition, String value, LocalDateTime start, LocalDateTime end) {
    return jdbc.query("select id, case_number, session_mode, room, mediator_id, starts_at, ends_at, released_at from session_booking "
        + "where released_at is null and starts_at < ? and ends_at > ? and " + condition + " order by starts_at",
        (rs, i) -> new Booking(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getTimestamp(6).toLocalDateTime(), rs.getTimestamp(7).toLocalDateTime(), rs.getObject(8, OffsetDateTime.class)),
        Timestamp.valueOf(end), Timestamp.valueOf(start), value).stream().findFirst();
  }

  private static String span(Booking b) {
    return b.startsAt().format(DAY_HM) + "–" + b.endsAt().format(HM);
  }
}
