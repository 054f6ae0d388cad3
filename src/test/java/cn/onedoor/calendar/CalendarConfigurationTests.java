package cn.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The Spring wiring alone: property, external folder and the start-up warning. No engine. */
@ExtendWith(OutputCaptureExtension.class)
class CalendarConfigurationTests {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(CalendarConfiguration.class);

  @TempDir
  Path folder;

  @Test
  void readsExternalLocationProperty() throws IOException {
    Files.writeString(folder.resolve("cn-2027.json"), """
        { "year": 2027, "source": "测试", "holidays": [
          { "name": "元旦", "from": "2027-01-01", "to": "2027-01-01" } ] }
        """);

    context
        .withPropertyValues("onedoor.calendar.external-location=" + folder.toUri())
        .run(app -> assertThat(app.getBean(StatutoryCalendar.class).hasDataFor(2027)).isTrue());
  }

  @Test
  void warnsAtStartUpAboutCurrentAndNextYearWithoutData(CapturedOutput output) {
    Clock march2027 = Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ChinaTime.ZONE);

    context
        .withPropertyValues("onedoor.calendar.external-location=" + folder.toUri())
        .withBean(Clock.class, () -> march2027)
        .run(app -> {
          assertThat(app.getBean(StatutoryCalendar.class).missingYears()).containsExactly(2027, 2028);
          assertThat(output).contains("WARN").contains("No holiday schedule for year(s) [2027, 2028]");
        });
  }

  @Test
  void refusesToStartOnBadFile() throws IOException {
    Files.writeString(folder.resolve("cn-2026.json"), "{ \"year\": 2026 }");

    context
        .withPropertyValues("onedoor.calendar.external-location=" + folder.toUri())
        .run(app -> assertThat(app).hasFailed().getFailure()
            .rootCause()
            .isInstanceOf(CalendarDataException.class)
            .hasMessageContaining("cn-2026.json"));
  }
}
