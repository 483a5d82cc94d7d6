package org.duly.timescales.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.duly.timescales.calendar.WorkingCalendar;

/**
 * A number of calendar months. A date past the end of the target month (31 January + 1 month) is
 * rounded by an explicit policy, {@link MonthEndRounding#DOWN} unless the rule says otherwise, and
 * every rounding is reported.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many months, 0 or more
 * @param rounding what to do with a day the target month lacks
 */
public record Months(int count, MonthEndRounding rounding) implements DayPeriod {

    /**
     * Checks the count is not negative.
     *
     * @throws IllegalArgumentException if it is
     */
    public Months {
        Periods.requireNotNegative(count, "months");
        Objects.requireNonNull(rounding, "rounding");
    }

    /**
     * The same number of months with another month-end rounding.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Periods.months(1).withRounding(MonthEndRounding.UP)
     *     .addTo(LocalDate.parse("2013-01-31"), EnglandAndWales.calendar()).result()).isEqualTo("2013-03-01");
     * }</pre>
     *
     * @param newRounding the rounding
     * @return the period
     */
    public Months withRounding(MonthEndRounding newRounding) {
        return new Months(count, newRounding);
    }

    @Override
    public String inWords() {
        return Words.count(count, "month", "months");
    }

    @Override
    public PeriodStep addTo(LocalDate date, WorkingCalendar calendar) {
        return Periods.calendarStep(this, date, 0, count, false, rounding);
    }

    @Override
    public PeriodStep subtractFrom(LocalDate date, WorkingCalendar calendar) {
        return Periods.calendarStep(this, date, 0, count, true, rounding);
    }

    @Override
    public List<MonthEndAmbiguity> monthEndAmbiguities() {
        return MonthEndAmbiguity.of(this, 0, count, rounding);
    }

    @Override
    public String toString() {
        return inWords();
    }
}
