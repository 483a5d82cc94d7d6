package org.duly.timescales.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.duly.timescales.calendar.WorkingCalendar;

/**
 * A number of calendar years; 1 year is always 12 months. Only 29 February can need rounding, by
 * the rule's {@link MonthEndRounding} ({@link MonthEndRounding#DOWN} unless it says otherwise).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many years, 0 or more
 * @param rounding what to do with 29 February in a year without one
 */
public record Years(int count, MonthEndRounding rounding) implements DayPeriod {

    /**
     * Checks the count is not negative.
     *
     * @throws IllegalArgumentException if it is
     */
    public Years {
        Periods.requireNotNegative(count, "years");
        Objects.requireNonNull(rounding, "rounding");
    }

    /**
     * The same number of years with another month-end rounding.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Periods.years(1).withRounding(MonthEndRounding.UP)
     *     .addTo(LocalDate.parse("2012-02-29"), EnglandAndWales.calendar()).result()).isEqualTo("2013-03-01");
     * }</pre>
     *
     * @param newRounding the rounding
     * @return the period
     */
    public Years withRounding(MonthEndRounding newRounding) {
        return new Years(count, newRounding);
    }

    @Override
    public String inWords() {
        return Words.count(count, "year", "years");
    }

    @Override
    public PeriodStep addTo(LocalDate date, WorkingCalendar calendar) {
        return Periods.calendarStep(this, date, count, 0, false, rounding);
    }

    @Override
    public PeriodStep subtractFrom(LocalDate date, WorkingCalendar calendar) {
        return Periods.calendarStep(this, date, count, 0, true, rounding);
    }

    @Override
    public List<MonthEndAmbiguity> monthEndAmbiguities() {
        return MonthEndAmbiguity.of(this, count, 0, rounding);
    }

    @Override
    public String toString() {
        return inWords();
    }
}
