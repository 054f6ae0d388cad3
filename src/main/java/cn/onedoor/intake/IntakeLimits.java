package cn.onedoor.intake;

import java.time.LocalDate;

/**
 * The configurable bounds of an application ({@code onedoor.intake.*}); everything else the
 * validator checks is fixed by law or by the database's columns.
 *
 * @param receivedDateFloor the earliest received date the centre registers
 */
public record IntakeLimits(LocalDate receivedDateFloor) {

  /**
   * 1 May 2008: the Labour Dispute Mediation and Arbitration Law (劳动争议调解仲裁法, adopted
   * 29 December 2007) took effect (art. 54); the centre registers no application received before it.
   */
  public static final LocalDate LDMAL_IN_FORCE = LocalDate.of(2008, 5, 1);

  public IntakeLimits {
    if (receivedDateFloor == null) {
      throw new IllegalArgumentException("receivedDateFloor is required");
    }
  }

  public static IntakeLimits defaults() {
    return new IntakeLimits(LDMAL_IN_FORCE);
  }
}
