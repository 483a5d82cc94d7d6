package org.duly.timescales.period;

import java.time.LocalDate;
import org.duly.timescales.calendar.WorkingCalendar;

/**
 * A number of calendar days: "within 7 days of notification", "28 calendar days".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many days, 0 or more
 */
public record Days(int count) implements DayPeriod {

    /**
     * Checks the count is not negative.
     *
     * @throws IllegalArgumentException if it is
     */
    public Days {
        Periods.requireNotNegative(count, "days");
    }

    @Override
    public String inWords() {
        return Words.count(count, "day", "days");
    }

    @Override
    public PeriodStep addTo(LocalDate date, WorkingCalendar calendar) {
        return PeriodStep.plain(this, date, false, date.plusDays(count));
    }

    @Override
    public PeriodStep subtractFrom(LocalDate date, WorkingCalendar calendar) {
        return PeriodStep.plain(this, date, true, date.minusDays(count));
    }

    @Override
    public String toString() {
        return inWords();
    }
}
