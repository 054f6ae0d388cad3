package cn.onedoor.register;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case of a centre's earlier register, registered closed (imports): the register row of
 * {@link RegisteredCase} with the dates and results of its end. No process instance, so no
 * statutory timer; the KPIs count it by {@code acceptedOn}, like every case.
 */
public record ClosedCase(RegisteredCase registered, String originalCaseNumber, LocalDate acceptedOn,
                         LocalDate agreementOn, BigDecimal agreedAmount, Boolean performedOnTheSpot,
                         Outcome outcome, LocalDate closedOn) {}
