package cn.onedoor.referral;

import cn.onedoor.calendar.StatutoryPeriod;
import cn.onedoor.deadline.Deadlines;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The award period of LDMAL art. 43 (劳动争议调解仲裁法第四十三条): the commission awards within 45 days
 * of accepting the case; where the case is complex, the chairman may approve an extension of at most
 * 15 days. Each period ends on its last day, rolled past a rest day (Rules on 期间), and the extension
 * runs on from the (rolled) end of the 45 days, not from the acceptance.
 */
@Component
class AwardPeriod {

  private final Deadlines deadlines;

  AwardPeriod(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The end of the 45 days from acceptance, rolled past a rest day. */
  LocalDate awardDeadline(LocalDate accepted) {
    return deadlines.periodEndDate(accepted, StatutoryPeriod.AWARD);
  }

  /** The latest end of an extended period: 15 days on from the rolled 45-day end, rolled again. */
  LocalDate latestExtendedDeadline(LocalDate accepted) {
    return deadlines.periodEndDate(awardDeadline(accepted), StatutoryPeriod.AWARD_EXTENSION);
  }

  /**
   * The extended award deadline: the date the commission notified, if it gave one, else the legal
   * maximum. A notified date beyond the maximum or not after the 45-day end is refused.
   */
  LocalDate extendedDeadline(LocalDate accepted, LocalDate notified) {
    LocalDate latest = latestExtendedDeadline(accepted);
    if (notified == null) {
      return latest;
    }
    LocalDate ordinary = awardDeadline(accepted);
    if (!notified.isAfter(ordinary)) {
      throw new MessageRefusedException("延长后的审理期限 " + notified + " 应晚于原审理期限 " + ordinary
          + "（《劳动争议调解仲裁法》第四十三条）");
    }
    if (notified.isAfter(latest)) {
      throw new MessageRefusedException("延长后的审理期限 " + notified + " 超过法定最长期限 " + latest
          + "：受理之日起四十五日届满后，经仲裁委员会主任批准最多延长十五日（《劳动争议调解仲裁法》第四十三条）");
    }
    return notified;
  }
}
