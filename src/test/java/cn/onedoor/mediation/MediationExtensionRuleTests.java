package cn.onedoor.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.calendar.StatutoryCalendar;
import cn.onedoor.deadline.Deadlines;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ECM art. 26: once, at most 15 days on from the current deadline, an end on a rest day rolled forward. */
class MediationExtensionRuleTests {

  private final MediationExtensionRule rule = new MediationExtensionRule(new Deadlines(StatutoryCalendar.fromBundledData()));

  @Test
  void fifteenDaysAreAllowedSixteenAreRefused() {
    LocalDate deadline = LocalDate.of(2026, 10, 8);   // Thursday; + 15 = Friday 23 October
    assertThat(rule.latestExtendedDeadline(deadline)).isEqualTo(LocalDate.of(2026, 10, 23));
    assertThat(rule.check(deadline, LocalDate.of(2026, 10, 23), false)).isEmpty();
    assertThat(rule.check(deadline, LocalDate.of(2026, 10, 24), false)).hasValueSatisfying(refusal -> {
      assertThat(refusal.field()).isEqualTo("extendedDeadline");
      assertThat(refusal.message()).contains("最多延长十五日", "2026-10-23", "第二十六条");
    });
  }

  @Test
  void aFifteenthDayOnARestDayRollsToTheNextWorkingDay() {
    LocalDate deadline = LocalDate.of(2026, 10, 9);   // Friday; + 15 = Saturday 24 October, rolled to Monday 26
    assertThat(rule.latestExtendedDeadline(deadline)).isEqualTo(LocalDate.of(2026, 10, 26));
    assertThat(rule.check(deadline, LocalDate.of(2026, 10, 26), false)).isEmpty();
    assertThat(rule.check(deadline, LocalDate.of(2026, 10, 27), false)).isPresent();
  }

  @Test
  void aSecondExtensionIsRefusedWhateverItsDate() {
    assertThat(rule.check(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 26), true))
        .hasValueSatisfying(refusal -> assertThat(refusal.field()).isEqualTo("sessionResult"));
  }

  @Test
  void anExtensionMustEndAfterTheCurrentDeadline() {
    assertThat(rule.check(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 8), false))
        .hasValueSatisfying(refusal -> assertThat(refusal.message()).contains("必须晚于原期限"));
  }
}
