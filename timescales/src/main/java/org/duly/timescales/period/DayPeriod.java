package org.duly.timescales.period;

import java.time.LocalDate;
import org.duly.timescales.calendar.WorkingCalendar;

/**
 * A period counted in days from a date: working days, days, weeks, months or years.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface DayPeriod extends Period permits WorkingDays, Days, Weeks, Months, Years {

    /**
     * Counts this period forwards from a date (day 0).
     *
     * <p>Example:
     * <pre>{@code
     * PeriodStep step = Periods.workingDays(5).addTo(LocalDate.parse("2024-03-27"), EnglandAndWales.calendar());
     * assertThat(step.result()).isEqualTo("2024-04-05");
     * }</pre>
     *
     * @param date the date counted from
     * @param calendar the working-day calendar; only working days use it
     * @return the step, with what its explanation needs
     * @throws org.duly.timescales.calendar.CalendarRangeException if working days leave the calendar's range
     * @throws MonthEndAmbiguityException if months or years need rounding and the rounding is REJECT
     */
    PeriodStep addTo(LocalDate date, WorkingCalendar calendar);

    /**
     * Counts this period backwards from a date, which is not itself counted: "at least 2 working days
     * before the conference".
     *
     * <p>Example:
     * <pre>{@code
     * PeriodStep step = Periods.workingDays(2).subtractFrom(LocalDate.parse("2024-04-08"), EnglandAndWales.calendar());
     * assertThat(step.result()).isEqualTo("2024-04-04");
     * }</pre>
     *
     * @param date the date counted back from
     * @param calendar the working-day calendar; only working days use it
     * @return the step, with what its explanation needs
     * @throws org.duly.timescales.calendar.CalendarRangeException if working days leave the calendar's range
     * @throws MonthEndAmbiguityException if months or years need rounding and the rounding is REJECT
     */
    PeriodStep subtractFrom(LocalDate date, WorkingCalendar calendar);
}
