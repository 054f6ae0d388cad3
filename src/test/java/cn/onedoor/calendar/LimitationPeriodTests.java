package cn.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-year arbitration limitation period of LDMAL art. 27 on the real 2025-2026 calendar. */
class LimitationPeriodTests {

  private static final StatutoryCalendar calendar = StatutoryCalendar.fromBundledData();

  @ParameterizedTest(name = "known {0}, today {1}: {2} until {3} ({4})")
  @CsvSource(textBlock = """
      # known,    today,      status,  expiry,     why
      2025-03-10, 2025-06-01, OK,      2026-03-10, a year ahead
      2025-03-10, 2026-02-07, OK,      2026-03-10, 31 days left
      2025-03-10, 2026-02-08, NEAR,    2026-03-10, 30 days left
      2025-03-10, 2026-03-10, NEAR,    2026-03-10, the last day itself
      2025-03-10, 2026-03-11, EXPIRED, 2026-03-10, the day after
      2025-03-14, 2026-03-16, NEAR,    2026-03-16, a year ends on Saturday and moves to Monday
      2025-10-03, 2026-10-07, NEAR,    2026-10-08, a year ends in National Day and moves to Oct 8
      2024-02-29, 2025-03-01, EXPIRED, 2025-02-28, no 29 February next year: the 28th
      """)
  void assessesOneYearFromWhenTheRightWasKnownToBeInfringed(
      LocalDate known, LocalDate today, LimitationStatus status, LocalDate expiry, String why) {
    LimitationAssessment assessment = calendar.limitation(LimitationFacts.knownOn(known), today);

    assertThat(assessment.status()).as(why).isEqualTo(status);
    assertThat(assessment.expiry()).as(why).isEqualTo(expiry);
    assertThat(assessment.runsFrom()).isEqualTo(known);
    assertThat(assessment.calendarComplete()).isTrue();
  }

  @Test
  void wageClaimDoesNotExpireWhileStillEmployed() {
    LimitationFacts facts = new LimitationFacts(LocalDate.of(2020, 1, 15), true, null, List.of());

    LimitationAssessment assessment = calendar.limitation(facts, LocalDate.of(2026, 6, 1));

    assertThat(assessment.status()).isEqualTo(LimitationStatus.OK);
    assertThat(assessment.running()).isFalse();
    assertThat(assessment.expiry()).isNull();
  }

  @ParameterizedTest(name = "wages, employment ended {0}, today {1}: {2}")
  @CsvSource({
      "2025-06-30, 2026-05-01, OK,      2026-06-30",
      "2025-06-30, 2026-06-15, NEAR,    2026-06-30",
      "2025-06-30, 2026-07-01, EXPIRED, 2026-06-30"
  })
  void wageClaimRunsOneYearFromEndOfEmploymentWhateverWasKnownEarlier(
      LocalDate employmentEnd, LocalDate today, LimitationStatus status, LocalDate expiry) {
    LimitationFacts facts =
        new LimitationFacts(LocalDate.of(2022, 3, 1), true, employmentEnd, List.of());

    LimitationAssessment assessment = calendar.limitation(facts, today);

    assertThat(assessment.status()).isEqualTo(status);
    assertThat(assessment.runsFrom()).isEqualTo(employmentEnd);
    assertThat(assessment.expiry()).isEqualTo(expiry);
  }

  @ParameterizedTest(name = "known {0}, interrupted {1}, today {2}: {3} until {4} ({5})")
  @CsvSource(textBlock = """
      # known,    interruptions,         today,      status,  expiry,     why
      2024-05-06, 2025-02-10,            2025-12-01, OK,      2026-02-10, restarts from the interruption
      2024-05-06, ,                      2025-12-01, EXPIRED, 2025-05-06, without it the year has passed
      2024-06-03, 2025-11-11 2025-05-20, 2026-10-20, NEAR,    2026-11-11, the last of several interruptions counts
      2024-03-04, 2025-04-01,            2025-06-01, EXPIRED, 2025-03-04, an interruption after expiry revives nothing
      2025-03-10, 2025-01-01,            2025-06-01, OK,      2026-03-10, an interruption before the period is ignored
      """)
  void interruptionRestartsTheYear(
      LocalDate known,
      String interruptions,
      LocalDate today,
      LimitationStatus status,
      LocalDate expiry,
      String why) {
    List<LocalDate> days = interruptions == null
        ? List.of()
        : Arrays.stream(interruptions.split(" ")).map(LocalDate::parse).toList();

    LimitationAssessment assessment =
        calendar.limitation(new LimitationFacts(known, false, null, days), today);

    assertThat(assessment.status()).as(why).isEqualTo(status);
    assertThat(assessment.expiry()).as(why).isEqualTo(expiry);
  }

  @Test
  void interruptedWageClaimRestartsFromInterruptionAfterEmploymentEnded() {
    LimitationFacts facts = new LimitationFacts(
        null, true, LocalDate.of(2025, 1, 10), List.of(LocalDate.of(2025, 8, 1)));

    LimitationAssessment assessment = calendar.limitation(facts, LocalDate.of(2026, 2, 1));

    assertThat(assessment.status()).isEqualTo(LimitationStatus.OK);
    assertThat(assessment.runsFrom()).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(assessment.expiry()).isEqualTo(LocalDate.of(2026, 8, 3)); // Sat 1 Aug -> Mon 3 Aug
  }

  @Test
  void flagsExpiryInYearWithoutDataAsIncomplete() {
    LimitationAssessment assessment = calendar.limitation(
        LimitationFacts.knownOn(LocalDate.of(2026, 6, 1)), LocalDate.of(2026, 6, 2));

    assertThat(assessment.expiry()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(assessment.calendarComplete()).isFalse();
  }
}
