package cn.onedoor.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

/**
 * Times 10,000 mixed period ends (both units, lengths 1..60, starts across 2025-2026); the target
 * is under 100 ms per 10,000. Not a unit test: run it by hand, see {@code docs/calendar.md}.
 *
 * <p>Arguments (optional): rounds (default 31), warm-up rounds (default 20).
 */
public final class PeriodEndBenchmark {

  private static final int COMPUTATIONS = 10_000;

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 31;
    int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    StatutoryCalendar calendar = StatutoryCalendar.fromBundledData();

    Random random = new Random(20260930L);
    long firstDay = LocalDate.of(2025, 1, 1).toEpochDay();
    int span = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - firstDay + 1);
    LocalDate[] starts = new LocalDate[COMPUTATIONS];
    int[] lengths = new int[COMPUTATIONS];
    PeriodUnit[] units = new PeriodUnit[COMPUTATIONS];
    for (int i = 0; i < COMPUTATIONS; i++) {
      starts[i] = LocalDate.ofEpochDay(firstDay + random.nextInt(span));
      lengths[i] = 1 + random.nextInt(60);
      units[i] = random.nextBoolean() ? PeriodUnit.CALENDAR_DAYS : PeriodUnit.WORKING_DAYS;
    }

    long sink = 0;
    for (int round = 0; round < warmUps; round++) {
      sink += runOnce(calendar, starts, lengths, units);
    }
    double[] millis = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long began = System.nanoTime();
      sink += runOnce(calendar, starts, lengths, units);
      millis[round] = (System.nanoTime() - began) / 1_000_000.0;
    }
    Arrays.sort(millis);
    double median = millis[rounds / 2];
    double p95 = millis[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.95) - 1)];
    System.out.printf("%,d period ends x %d rounds (after %d warm-up rounds)%n",
        COMPUTATIONS, rounds, warmUps);
    System.out.printf("median %.3f ms, p95 %.3f ms, min %.3f ms, max %.3f ms per %,d"
            + " (target < 100 ms)%n",
        median, p95, millis[0], millis[rounds - 1], COMPUTATIONS);
    System.out.println("checksum " + sink);
  }

  private static long runOnce(
      StatutoryCalendar calendar, LocalDate[] starts, int[] lengths, PeriodUnit[] units) {
    long sum = 0;
    for (int i = 0; i < starts.length; i++) {
      PeriodEnd period = calendar.periodEnd(starts[i], lengths[i], units[i]);
      sum += period.end().toEpochDay() + (period.calendarComplete() ? 0 : 1);
    }
    return sum;
  }

  private PeriodEndBenchmark() {}
}
