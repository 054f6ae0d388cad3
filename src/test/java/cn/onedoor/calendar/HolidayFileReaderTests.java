package cn.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation of one holiday file: every error names the file and, where there is one, the date. */
class HolidayFileReaderTests {

  private static final String LOCATION = "file [/srv/onedoor/config/calendar/cn-2026.json]";

  private final HolidayFileReader reader = new HolidayFileReader();

  @Test
  void readsHolidayBlocksAndAdjustedWorkingDays() throws IOException {
    HolidayYear year = read(file(
        "{ \"name\": \"国庆节\", \"from\": \"2026-10-01\", \"to\": \"2026-10-07\" }",
        "{ \"name\": \"国庆节调休上班\", \"date\": \"2026-10-10\" }"));

    assertThat(year.year()).isEqualTo(2026);
    assertThat(year.source()).isEqualTo("国办发明电〔2025〕7号");
    assertThat(year.holidays()).hasSize(7).containsEntry(LocalDate.of(2026, 10, 7), "国庆节");
    assertThat(year.adjustedWorkingDays()).containsOnlyKeys(LocalDate.of(2026, 10, 10));
    assertThat(year.location()).isEqualTo(LOCATION);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      { "name": "元旦", "from": "2027-01-01", "to": "2027-01-01" } | | 2027-01-01 is outside the year 2026
      { "name": "元旦", "from": "2025-12-31", "to": "2026-01-01" } | | 2025-12-31 is outside the year 2026
      { "name": "春节", "from": "2026-02-30", "to": "2026-03-01" } | | "2026-02-30" is not a valid date
      { "name": "春节", "from": "2026-02-23", "to": "2026-02-15" } | | ends on 2026-02-15 before it starts on 2026-02-23
      { "name": "国庆节", "from": "2026-10-01", "to": "2026-12-07" } | | longer than 15 days
      { "name": "国庆节", "from": "2026-10-01" } | | holidays[0].to is missing
      { "from": "2026-10-01", "to": "2026-10-07" } | | holidays[0] needs a "name"
      { "name": "国庆节", "from": "2026-10-01", "to": "2026-10-07" } | { "date": "2026-10-07" } | 2026-10-07 is both a holiday (国庆节) and an adjusted working day
      { "name": "国庆节", "from": "2026-10-01", "to": "2026-10-07" } | { "date": "2026-10-09" } | 2026-10-09 is an adjusted working day but falls on a FRIDAY
      { "name": "国庆节", "from": "2026-10-01", "to": "2026-10-07" } | { "date": "2026-10-10" }, { "date": "2026-10-10" } | 2026-10-10 is listed twice as an adjusted working day
      { "name": "中秋节", "from": "2026-09-25", "to": "2026-10-01" }, { "name": "国庆节", "from": "2026-10-01", "to": "2026-10-07" } | | 2026-10-01 is listed twice as a holiday
      """)
  void rejectsBadDatesNamingFileAndDate(String holidays, String workingDays, String problem) {
    String json = file(holidays, workingDays == null ? "" : workingDays);

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining(LOCATION)
        .hasMessageContaining(problem);
  }

  @Test
  void rejectsYearThatDoesNotMatchFileName() {
    String json = file("{ \"name\": \"元旦\", \"from\": \"2026-01-01\", \"to\": \"2026-01-01\" }", "")
        .replace("\"year\": 2026", "\"year\": 2025");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining(LOCATION)
        .hasMessageContaining("\"year\" must be 2026 to match the file name, found 2025");
  }

  @Test
  void rejectsMisspelledFieldInsteadOfIgnoringIt() {
    String json = file("{ \"name\": \"元旦\", \"from\": \"2026-01-01\", \"to\": \"2026-01-01\" }", "")
        .replace("adjustedWorkingDays", "adjustedWorkdays");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining(LOCATION)
        .hasMessageContaining("adjustedWorkdays")
        .hasMessageContaining("line");
  }

  @Test
  void rejectsFileWithoutSource() {
    String json = file("{ \"name\": \"元旦\", \"from\": \"2026-01-01\", \"to\": \"2026-01-01\" }", "")
        .replace("国办发明电〔2025〕7号", " ");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("\"source\" must name the State Council notice");
  }

  @Test
  void rejectsTextThatIsNotJson() {
    assertThatThrownBy(() -> read("year: 2026"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining(LOCATION)
        .hasMessageContaining("is not valid");
  }

  @Test
  void rejectsFileNameOtherThanCnYear() {
    assertThatThrownBy(() -> HolidayFileReader.yearOfFileName("cn-2026 (copy).json", "x"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("cn-YYYY.json");
    assertThat(HolidayFileReader.yearOfFileName("cn-2027.json", "x")).isEqualTo(2027);
  }

  private HolidayYear read(String json) throws IOException {
    return reader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 2026, LOCATION, true);
  }

  private static String file(String holidays, String workingDays) {
    return """
        {
          "year": 2026,
          "source": "国办发明电〔2025〕7号",
          "holidays": [ %s ],
          "adjustedWorkingDays": [ %s ]
        }
        """.formatted(holidays, workingDays);
  }
}
