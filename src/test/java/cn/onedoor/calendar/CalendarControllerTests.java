package cn.onedoor.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The calendar endpoints on their own, without the security configuration. */
class CalendarControllerTests {

  private final StatutoryCalendar calendar = new StatutoryCalendar(
      new HolidayCalendarLoader().load(HolidayCalendarLoader.BUNDLED_LOCATION, null),
      Clock.fixed(Instant.parse("2026-11-29T04:00:00Z"), ChinaTime.ZONE));

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new CalendarController(calendar)).build();

  @Test
  void answersPeriodEndAcrossNationalDayWithAdjustedSaturday() throws Exception {
    mvc.perform(get("/api/calendar/period-end")
            .param("start", "2026-09-30").param("length", "3").param("unit", "WORKING_DAYS"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.start").value("2026-09-30"))
        .andExpect(jsonPath("$.length").value(3))
        .andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
        .andExpect(jsonPath("$.end").value("2026-10-10"))
        .andExpect(jsonPath("$.deadline").value("2026-10-10T23:59:59+08:00"))
        .andExpect(jsonPath("$.calendarComplete").value(true));
  }

  @Test
  void saysWhenCalendarOfFollowingYearIsMissing() throws Exception {
    mvc.perform(get("/api/calendar/period-end")
            .param("start", "2026-12-20").param("length", "15").param("unit", "CALENDAR_DAYS"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.end").value("2027-01-04"))
        .andExpect(jsonPath("$.calendarComplete").value(false))
        .andExpect(jsonPath("$.provisional").value(true))
        .andExpect(jsonPath("$.note").value(containsString("暂定：2027年的节假日安排尚未公布")));
  }

  @Test
  void periodEndingOnNationalDay2027RollsPastTheThirdAndSaysItIsProvisional() throws Exception {
    mvc.perform(get("/api/calendar/period-end")
            .param("start", "2027-09-16").param("length", "15").param("unit", "CALENDAR_DAYS"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.end").value("2027-10-04"))
        .andExpect(jsonPath("$.calendarComplete").value(false))
        .andExpect(jsonPath("$.provisional").value(true))
        .andExpect(jsonPath("$.note").value(containsString("《全国年节及纪念日放假办法》")));
  }

  @Test
  void aPeriodOnPublishedYearsHasNoNote() throws Exception {
    mvc.perform(get("/api/calendar/period-end")
            .param("start", "2026-09-30").param("length", "3").param("unit", "WORKING_DAYS"))
        .andExpect(jsonPath("$.provisional").value(false))
        .andExpect(jsonPath("$.note").doesNotExist());
  }

  @Test
  void listsLoadedAndMissingYears() throws Exception {
    mvc.perform(get("/api/calendar/years"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.loadedYears[0].year").value(2025))
        .andExpect(jsonPath("$.loadedYears[1].year").value(2026))
        .andExpect(jsonPath("$.loadedYears[1].source").value(containsString("国办发明电〔2025〕7号")))
        .andExpect(jsonPath("$.loadedYears[1].external").value(false))
        .andExpect(jsonPath("$.missingYears[0]").value(2027))
        .andExpect(jsonPath("$.missingYears.length()").value(1))
        .andExpect(jsonPath("$.provisionalYears[0]").value(2027))
        // the clock stands at 29 November 2026: the 2027 schedule is due
        .andExpect(jsonPath("$.reminder").value(containsString("2027年节假日安排应已由国务院办公厅公布")));
  }

  @ParameterizedTest(name = "start={0} length={1} unit={2} -> 400 on {3}")
  @CsvSource(nullValues = "null", value = {
      "null,       3,    WORKING_DAYS,  start,  缺少参数 start",
      "'',         3,    WORKING_DAYS,  start,  缺少参数 start",
      "2026-02-30, 3,    WORKING_DAYS,  start,  不是有效日期",
      "30.09.2026, 3,    WORKING_DAYS,  start,  不是有效日期",
      "2026-09-30, null, WORKING_DAYS,  length, 缺少参数 length",
      "2026-09-30, three, WORKING_DAYS, length, 1 至 3650 之间的整数",
      "2026-09-30, 0,    WORKING_DAYS,  length, 1 至 3650 之间的整数",
      "2026-09-30, 3651, WORKING_DAYS,  length, 1 至 3650 之间的整数",
      "2026-09-30, -5,   CALENDAR_DAYS, length, 1 至 3650 之间的整数",
      "2026-09-30, 3,    null,          unit,   缺少参数 unit",
      "2026-09-30, 3,    MONTHS,        unit,   CALENDAR_DAYS（自然日）或 WORKING_DAYS（工作日）",
      "2026-09-30, 3,    working_days,  unit,   CALENDAR_DAYS（自然日）或 WORKING_DAYS（工作日）"
  })
  void rejectsBadParameterNamingIt(
      String start, String length, String unit, String parameter, String message)
      throws Exception {
    var request = get("/api/calendar/period-end");
    if (start != null) {
      request.param("start", start);
    }
    if (length != null) {
      request.param("length", length);
    }
    if (unit != null) {
      request.param("unit", unit);
    }

    mvc.perform(request)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.error").value("bad_request"))
        .andExpect(jsonPath("$.parameter").value(parameter))
        .andExpect(jsonPath("$.message").value(containsString(message)))
        .andExpect(content().string(not(containsString("Exception"))));
  }
}
