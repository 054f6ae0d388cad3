package cn.onedoor.calendar;

/**
 * A year whose holiday schedule is loaded.
 *
 * @param year the calendar year
 * @param source the State Council notice the dates come from
 * @param external true if an administrator's file supplies it, false if the release's file does
 */
public record LoadedYear(int year, String source, boolean external) {}
