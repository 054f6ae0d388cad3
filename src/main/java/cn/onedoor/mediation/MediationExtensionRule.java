package cn.onedoor.mediation;

import cn.onedoor.calendar.StatutoryPeriod;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.CaseVariables;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one rule for extending mediation by consent (ECM art. 26, 企业劳动争议协商调解规定第二十六条):
 * both parties may agree to extend once, by at most 15 days counted on from the current deadline,
 * an end on a rest day rolling to the next working day. The engine guard (record-session form) and
 * {@link ExtendMediationPeriodDelegate} (every door, system calls included) both ask this bean.
 */
@Component
public class MediationExtensionRule {

  private final Deadlines deadlines;

  public MediationExtensionRule(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The latest date an extension of {@code currentDeadline} may reach: 15 days on, rolled past a rest day. */
  public LocalDate latestExtendedDeadline(LocalDate currentDeadline) {
    return deadlines.periodEndDate(currentDeadline, StatutoryPeriod.MEDIATION_EXTENSION);
  }

  /** Why the extension to {@code requested} may not be granted, or empty if it may. */
  public Optional<Refusal> check(LocalDate currentDeadline, LocalDate requested, boolean alreadyExtended) {
    if (alreadyExtended) {
      return Optional.of(new Refusal(CaseVariables.SESSION_RESULT,
          "调解期限已延长过一次，不能再次延长（《企业劳动争议协商调解规定》第二十六条）", "already extended once"));
    }
    if (currentDeadline == null || requested == null) {
      return Optional.empty();
    }
    if (!requested.isAfter(currentDeadline)) {
      return Optional.of(new Refusal(CaseVariables.EXTENDED_DEADLINE,
          "延长后的调解期限必须晚于原期限（" + currentDeadline + "）", "not after the deadline"));
    }
    LocalDate latest = latestExtendedDeadline(currentDeadline);
    if (requested.isAfter(latest)) {
      return Optional.of(new Refusal(CaseVariables.EXTENDED_DEADLINE,
          "经双方同意最多延长十五日，即不晚于 " + latest + "（《企业劳动争议协商调解规定》第二十六条）", "more than 15 days"));
    }
    return Optional.empty();
  }

  /** A refusal: the form field it concerns, the Chinese message for users, a short English reason for logs. */
  public record Refusal(String field, String message, String reason) {}
}
