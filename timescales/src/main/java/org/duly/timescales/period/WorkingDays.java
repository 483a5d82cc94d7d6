package org.duly.timescales.period;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.timescales.calendar.WorkingCalendar;
import org.duly.timescales.calendar.WorkingDayShift;

/**
 * A number of working days, counted on the calendar supplied at evaluation. The date counted from
 * is day 0, also when it is not a working day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many working days, 0 or more
 */
public record WorkingDays(int count) implements DayPeriod {

    /**
     * Checks the count is not negative.
     *
     * @throws IllegalArgumentException if it is
     */
    public WorkingDays {
        Periods.requireNotNegative(count, "working days");
    }

    @Override
    public String inWords() {
        return Words.count(count, "working day", "working days");
    }

    @Override
    public PeriodStep addTo(LocalDate date, WorkingCalendar calendar) {
        return step(calendar.explainShift(date, count), date, false);
    }

    @Override
    public PeriodStep subtractFrom(LocalDate date, WorkingCalendar calendar) {
        return step(calendar.explainShift(date, -count), date, true);
    }

    private PeriodStep step(WorkingDayShift shift, LocalDate from, boolean backwards) {
        return new PeriodStep(this, from, backwards, shift.result(), Optional.of(shift), Optional.empty());
    }

    @Override
    public String toString() {
        return inWords();
    }
}
