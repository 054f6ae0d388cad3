package cn.onedoor.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What intake knows about a claim, for the limitation check (LDMAL art. 27).
 *
 * @param knownDate when the worker knew or should have known the right was infringed; may be null
 *     only for a wage claim
 * @param wageClaim the claim is for labour remuneration owed during employment (art. 27 para. 4):
 *     the year runs from the end of employment, and not at all while the worker is still employed
 * @param employmentEndDate the day employment ended, or null if the worker is still employed
 * @param interruptions days the period was interrupted (art. 27 para. 2): a claim against the
 *     employer, a request for help to the authorities, or the employer agreeing to perform
 */
public record LimitationFacts(
    LocalDate knownDate,
    boolean wageClaim,
    LocalDate employmentEndDate,
    List<LocalDate> interruptions) {

  public LimitationFacts {
    interruptions = interruptions == null ? List.of() : List.copyOf(interruptions);
    if (!wageClaim) {
      Objects.requireNonNull(knownDate, "knownDate is required unless it is a wage claim");
    }
  }

  /** A claim other than for wages, without interruptions. */
  public static LimitationFacts knownOn(LocalDate knownDate) {
    return new LimitationFacts(knownDate, false, null, List.of());
  }
}
