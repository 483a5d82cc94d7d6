package org.duly.timescales.period;

import java.time.LocalDate;
import org.duly.timescales.calendar.WorkingCalendar;

/**
 * A number of calendar days: "within 7 days of notification", "28 calendar days". Counted the same
 * either way; a policy that says "calendar days" to set them apart from working days has them said so
 * ({@link Periods#calendarDays(int)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many days, 0 or more
 * @param saidCalendar true when the words say "calendar days", as the policy does
 */
public record Days(int count, boolean saidCalendar) implements DayPeriod {

    /**
     * Checks the count is not negative.
     *
     * @throws IllegalArgumentException if it is
     */
    public Days {
        Periods.requireNotNegative(count, "days");
    }

    /**
     * Days, said plainly: "7 days".
     *
     * @param count how many days, 0 or more
     * @throws IllegalArgumentException if the count is negative
     */
    public Days(int count) {
        this(count, false);
    }

    @Override
    public String inWords() {
        return saidCalendar ? Words.count(count, "calendar day", "calendar days") : Words.count(count, "day", "days");
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
