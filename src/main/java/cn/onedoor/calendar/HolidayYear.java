package cn.onedoor.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One year of the State Council holiday schedule, as read and validated from one file.
 *
 * @param year the calendar year
 * @param source the notice the data comes from, e.g. "国办发明电〔2025〕7号"
 * @param location where the file was read from (for logs and error messages)
 * @param external whether the file came from the administrator's folder rather than the release
 * @param holidays public holiday rest days (法定节假日 incl. 调休 rest days), each with its holiday name
 * @param adjustedWorkingDays weekend days that are working days (调休上班日), each with its reason
 */
record HolidayYear(
    int year,
    String source,
    String location,
    boolean external,
    SortedMap<LocalDate, String> holidays,
    SortedMap<LocalDate, String> adjustedWorkingDays) {

  HolidayYear {
    holidays = Collections.unmodifiableSortedMap(new TreeMap<>(holidays));
    adjustedWorkingDays = Collections.unmodifiableSortedMap(new TreeMap<>(adjustedWorkingDays));
  }
}
