package org.duly.timescales.period;

import java.time.LocalDate;
import org.duly.timescales.calendar.WorkingCalendar;

/**
 * A number of weeks, each of 7 calendar days: "within 6 weeks".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many weeks, 0 or more
 */
public record Weeks(int count) implements DayPeriod {

    /**
     * Checks the count is not negative.
     *
     * @throws IllegalArgumentException if it is
     */
    public Weeks {
        Periods.requireNotNegative(count, "weeks");
    }

    @Override
    public String inWords() {
        return Words.count(count, "week", "weeks");
    }

    @Override
    public PeriodStep addTo(LocalDate date, WorkingCalendar calendar) {
        return PeriodStep.plain(this, date, false, date.plusWeeks(count));
    }

    @Override
    public PeriodStep subtractFrom(LocalDate date, WorkingCalendar calendar) {
        return PeriodStep.plain(this, date, true, date.minusWeeks(count));
    }

    @Override
    public String toString() {
        return inWords();
    }
}
