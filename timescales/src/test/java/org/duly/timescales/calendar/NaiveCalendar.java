package org.duly.timescales.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conventions of working-day arithmetic implemented the obvious way, a day at a time, to
 * cross-check {@link WorkingCalendar}'s prefix counts. Kept deliberately simple and slow.
 */
final class NaiveCalendar {

    private final Set<LocalDate> holidays;
    private final DateRange range;

    NaiveCalendar(Set<LocalDate> holidays, DateRange range) {
        this.holidays = Set.copyOf(holidays);
        this.range = range;
    }

    /** The holidays and closures of a calendar, read through its list of named days only. */
    static NaiveCalendar of(WorkingCalendar calendar) {
        Set<LocalDate> named = calendar.namedNonWorkingDays(calendar.supportedRange()).stream()
                .map(NonWorkingDay::date)
                .collect(Collectors.toSet());
        return new NaiveCalendar(named, calendar.supportedRange());
    }

    /** The same calendar with more days closed, told directly rather than read back from a calendar. */
    NaiveCalendar closing(Collection<LocalDate> closures) {
        Set<LocalDate> closed = new HashSet<>(holidays);
        closed.addAll(closures);
        return new NaiveCalendar(closed, range);
    }

    boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The n-th working day after (n > 0) or before (n < 0) the date; null if it leaves the range. */
    LocalDate shift(LocalDate date, int n) {
        LocalDate day = date;
        int step = n > 0 ? 1 : -1;
        int remaining = Math.abs(n);
        while (remaining > 0) {
            day = day.plusDays(step);
            if (!range.contains(day)) {
                return null;
            }
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** The first {@code count} working days after the date (step 1) or before it (step -1), nearest first. */
    List<LocalDate> workingDaysFrom(LocalDate date, int step, int count) {
        List<LocalDate> found = new ArrayList<>(count);
        LocalDate day = date.plusDays(step);
        while (found.size() < count && range.contains(day)) {
            if (isWorkingDay(day)) {
                found.add(day);
            }
            day = day.plusDays(step);
        }
        return found;
    }

    /** The working days in (from, to], negative when to is before from, counted a day at a time. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        boolean reversed = to.isBefore(from);
        LocalDate first = reversed ? to : from;
        LocalDate last = reversed ? from : to;
        int count = 0;
        for (LocalDate day = first.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return reversed ? -count : count;
    }
}
