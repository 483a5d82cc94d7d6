package org.duly.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.duly.timescales.calendar.DateRange;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.NonWorkingDay;

/** The same random inputs for every calendar library, and the England and Wales holidays they are all given. */
final class CalendarInputs {

    /** A power of two, so that the next input is an index mask away. */
    static final int SIZE = 4096;
    static final LocalDate FIRST = LocalDate.of(2012, 1, 1);
    static final LocalDate LAST = LocalDate.of(2028, 12, 31);

    final LocalDate[] dates = new LocalDate[SIZE];
    final int[] counts = new int[SIZE];
    final LocalDate[] ends = new LocalDate[SIZE];

    /**
     * Start dates inside the published years (2012-07-01 to 2028-06-30), counts of working days in
     * [-70, 70] as the practice standards use them, and end dates 0 to 100 days after the start.
     */
    CalendarInputs(long seed) {
        Random random = new Random(seed);
        long first = LocalDate.of(2012, 7, 1).toEpochDay();
        long last = LocalDate.of(2028, 6, 30).toEpochDay();
        for (int i = 0; i < SIZE; i++) {
            dates[i] = LocalDate.ofEpochDay(first + random.nextInt((int) (last - first + 1)));
            counts[i] = random.nextInt(141) - 70;
            ends[i] = dates[i].plusDays(random.nextInt(101));
        }
    }

    /** The bank holidays of England and Wales, 2012 to 2028, as Duly has them. */
    static Set<LocalDate> holidays() {
        Set<LocalDate> holidays = new HashSet<>();
        for (NonWorkingDay day : EnglandAndWales.calendar().namedNonWorkingDays(DateRange.of(FIRST, LAST))) {
            holidays.add(day.date());
        }
        return holidays;
    }

    /** The obvious implementation: a day at a time. */
    static LocalDate naiveShift(Set<LocalDate> holidays, LocalDate date, int n) {
        LocalDate day = date;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(Integer.signum(n));
            if (isWorkingDay(holidays, day)) {
                left--;
            }
        }
        return day;
    }

    /** The obvious implementation of the working days in (from, to]. */
    static int naiveBetween(Set<LocalDate> holidays, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(holidays, day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWorkingDay(Set<LocalDate> holidays, LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }
}
