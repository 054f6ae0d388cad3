package cn.onedoor.mediation;

import cn.onedoor.api.ApiException;
import cn.onedoor.register.CaseAccess;
import cn.onedoor.security.Role;
import cn.onedoor.system.SystemOperations;
import io.swagger.v3.oas.annotations.Operation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 调解会议日程: {@code GET /api/sessions?from=&to=&room=&mediator=}, the booked sessions per room and
 * mediator for the centre's staff (the page {@code /cases/sessions.html} shows a week of it). Who
 * may read a case sees its number; everyone else sees the slot as taken, without the case.
 */
@RestController
class SessionsController {

  /** The longest span one call returns (days). */
  static final int MAX_DAYS = 31;

  private final SessionCalendar calendar;
  private final CaseAccess access;
  private final IdentityService identity;
  private final SystemOperations system;

  SessionsController(SessionCalendar calendar, CaseAccess access, IdentityService identity, SystemOperations system) {
    this.calendar = calendar;
    this.access = access;
    this.identity = identity;
    this.system = system;
  }

  /** One booked session as the calendar shows it; {@code caseNumber} null where the caller may not read the case. */
  record SessionLine(String caseNumber, String mode, String room, String mediator, String mediatorName, String start, String end) {}

  record Week(String from, String to, List<String> rooms, List<SessionLine> sessions) {}

  @GetMapping("/api/sessions")
  @Operation(summary = "调解会议日程", description = "按调解室和调解员列出已安排的调解会议（from、to 为日期，含当日，最多 31 天；"
      + "缺省为本周一至周日）；room、mediator 可选。仅限中心工作人员；无权查看的案件只显示“已占用”，不显示案号")
  Week sessions(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String room, @RequestParam(required = false) String mediator) {
    requireStaff();
    LocalDate monday = cn.onedoor.deadline.Deadlines.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate first = date("from", from, monday);
    LocalDate last = date("to", to, first.plusDays(6));
    if (last.isBefore(first)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_to", "结束日期（to）不能早于开始日期（from）。");
    }
    if (last.isAfter(first.plusDays(MAX_DAYS - 1))) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_to", "一次最多查看 " + MAX_DAYS + " 天的日程（from 至 to）。");
    }
    String roomFilter = blankToNull(room, "room", 100);
    String mediatorFilter = blankToNull(mediator, "mediator", 64);
    List<SessionCalendar.Booking> bookings = system.asSystem(() ->
        calendar.between(first.atStartOfDay(), last.plusDays(1).atStartOfDay(), roomFilter, mediatorFilter));
    Map<String, String> names = names(bookings.stream().map(SessionCalendar.Booking::mediatorId)
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
    Map<String, Boolean> readable = new HashMap<>();
    List<SessionLine> lines = bookings.stream().map(b -> new SessionLine(
        readable.computeIfAbsent(b.caseNumber(), this::mayRead) ? b.caseNumber() : null,
        b.mode(), b.room(), b.mediatorId(), b.mediatorId() == null ? null : names.getOrDefault(b.mediatorId(), b.mediatorId()),
        b.startsAt().toString(), b.endsAt().toString())).toList();
    return new Week(first.toString(), last.toString(), calendar.rooms(), lines);
  }

  private boolean mayRead(String caseNumber) {
    try {
      access.requireReadable(caseNumber);
      return true;
    } catch (ApiException e) {
      return false;
    }
  }

  /** People's names as Chinese write them: family name first (Camunda's lastName, then firstName). */
  private Map<String, String> names(Set<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    List<User> users = system.asSystem(() -> identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list());
    Map<String, String> names = new HashMap<>();
    for (User user : users) {
      names.put(user.getId(), cn.onedoor.security.PersonNames.displayName(user)); // family name first: 李明
    }
    return names;
  }

  private static void requireStaff() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated()) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "请先登录。");
    }
    Set<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
    boolean staff = java.util.Arrays.stream(Role.values())
        .anyMatch(role -> (role.isStaff() || role == Role.ADMIN) && groups.contains(role.groupId()));
    if (!staff) {
      throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "调解会议日程仅限中心工作人员查看。");
    }
  }

  private static LocalDate date(String name, String text, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_" + name, "日期（" + name + "）格式应为 yyyy-MM-dd，如 2026-09-21。");
    }
  }

  private static String blankToNull(String text, String name, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.codePointCount(0, trimmed.length()) > max) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_" + name, "查询条件（" + name + "）最多 " + max + " 字。");
    }
    return trimmed;
  }
}
