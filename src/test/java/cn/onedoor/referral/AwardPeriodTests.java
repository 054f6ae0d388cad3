package cn.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.calendar.StatutoryCalendar;
import cn.onedoor.deadline.Deadlines;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** LDMAL art. 43: 45 days from acceptance, rolled; at most 15 more, counted on from the rolled 45-day end. */
class AwardPeriodTests {

  private final AwardPeriod period = new AwardPeriod(new Deadlines(StatutoryCalendar.fromBundledData()));
  private static final LocalDate ACCEPTED = LocalDate.of(2026, 8, 17);

  @Test
  void fortyFiveDaysEndingInNationalDayRollToTheFirstWorkingDayAfterIt() {
    // 17 August + 45 days = 1 October, National Day (1–7 October 2026): Thursday 8 October
    assertThat(period.awardDeadline(ACCEPTED)).isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void extensionRunsFifteenDaysOnFromTheRolledEnd() {
    // 8 October + 15 days = Friday 23 October (acceptance + 60 would give 16 October)
    assertThat(period.latestExtendedDeadline(ACCEPTED)).isEqualTo(LocalDate.of(2026, 10, 23));
    assertThat(period.extendedDeadline(ACCEPTED, null)).isEqualTo(LocalDate.of(2026, 10, 23));
  }

  @Test
  void notifiedDateIsTakenUpToTheMaximumAndRefusedBeyondIt() {
    assertThat(period.extendedDeadline(ACCEPTED, LocalDate.of(2026, 10, 23))).isEqualTo(LocalDate.of(2026, 10, 23));
    assertThat(period.extendedDeadline(ACCEPTED, LocalDate.of(2026, 10, 20))).isEqualTo(LocalDate.of(2026, 10, 20));
    assertThatThrownBy(() -> period.extendedDeadline(ACCEPTED, LocalDate.of(2026, 10, 24)))
        .isInstanceOf(MessageRefusedException.class).hasMessageContaining("2026-10-23").hasMessageContaining("第四十三条");
    assertThatThrownBy(() -> period.extendedDeadline(ACCEPTED, LocalDate.of(2026, 10, 8)))
        .isInstanceOf(MessageRefusedException.class).hasMessageContaining("应晚于原审理期限");
  }
}
