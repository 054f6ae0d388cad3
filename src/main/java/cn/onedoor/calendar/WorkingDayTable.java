package cn.onedoor.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Precomputed day flags over the loaded years, indexed by epoch day, so that counting a period is
 * a loop over a byte array: no map, no date object per day. Days outside the loaded years fall back
 * to "weekends are rest days" and are flagged as not {@link #KNOWN}.
 */
final class WorkingDayTable {

  /** The day is a rest day: a weekend day that is not an adjusted working day, or a public holiday. */
  static final byte REST = 1;

  /** The day lies in a year whose holiday schedule is loaded. */
  static final byte KNOWN = 2;

  /**
   * The day lies in a year without a published schedule whose rest days are the statutory
   * fixed-date holidays ({@link StatutoryHolidays}): not {@link #KNOWN}, but better than weekends only.
   */
  static final byte PROVISIONAL = 4;

  private final long firstEpochDay;
  private final byte[] flags;

  private WorkingDayTable(long firstEpochDay, byte[] flags) {
    this.firstEpochDay = firstEpochDay;
    this.flags = flags;
  }

  static WorkingDayTable of(Collection<HolidayYear> years) {
    return of(years, java.util.List.of());
  }

  /** Published years, and provisional years (statutory holidays only) for years without a file. */
  static WorkingDayTable of(Collection<HolidayYear> years, Collection<HolidayYear> provisional) {
    if (years.isEmpty() && provisional.isEmpty()) {
      return new WorkingDayTable(0, new byte[0]);
    }
    java.util.List<HolidayYear> all = new java.util.ArrayList<>(years);
    all.addAll(provisional);
    int firstYear = all.stream().mapToInt(HolidayYear::year).min().orElseThrow();
    int lastYear = all.stream().mapToInt(HolidayYear::year).max().orElseThrow();
    long first = LocalDate.of(firstYear, 1, 1).toEpochDay();
    long last = LocalDate.of(lastYear, 12, 31).toEpochDay();
    byte[] flags = new byte[Math.toIntExact(last - first + 1)];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = isWeekend(first + i) ? REST : 0;
    }
    for (HolidayYear year : years) {
      long from = LocalDate.of(year.year(), 1, 1).toEpochDay() - first;
      long to = LocalDate.of(year.year(), 12, 31).toEpochDay() - first;
      for (long i = from; i <= to; i++) {
        flags[(int) i] |= KNOWN;
      }
      year.holidays().keySet().forEach(day -> flags[(int) (day.toEpochDay() - first)] |= REST);
      year.adjustedWorkingDays().keySet()
          .forEach(day -> flags[(int) (day.toEpochDay() - first)] &= ~REST);
    }
    for (HolidayYear year : provisional) {
      long from = LocalDate.of(year.year(), 1, 1).toEpochDay() - first;
      long to = LocalDate.of(year.year(), 12, 31).toEpochDay() - first;
      for (long i = from; i <= to; i++) {
        flags[(int) i] |= PROVISIONAL;
      }
      year.holidays().keySet().forEach(day -> flags[(int) (day.toEpochDay() - first)] |= REST);
    }
    return new WorkingDayTable(first, flags);
  }

  /** The flags of a day given as {@link LocalDate#toEpochDay()}. */
  byte flags(long epochDay) {
    long index = epochDay - firstEpochDay;
    if (index >= 0 && index < flags.length) {
      return flags[(int) index];
    }
    return isWeekend(epochDay) ? REST : 0;
  }

  /** Saturday or Sunday, computed from the epoch day (1970-01-01 was a Thursday). */
  static boolean isWeekend(long epochDay) {
    int dayOfWeek = (int) Math.floorMod(epochDay + 3, 7L) + 1; // ISO: Monday = 1
    return dayOfWeek >= DayOfWeek.SATURDAY.getValue();
  }
}
