package org.duly.timescales.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.calendar.NonWorkingDay;
import org.duly.timescales.calendar.WorkingDayShift;

/**
 * One period counted from one date, with what an explanation of it needs: for working days the
 * calendar's shift (its skipped days and whether it is provisional), for months and years any
 * month-end rounding.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the period counted
 * @param from the date counted from
 * @param backwards true when counted back from {@code from}
 * @param result the date reached
 * @param workingDays for working days, the calendar's shift; empty for other units
 * @param adjustment for months and years, the month-end rounding, if one was needed
 */
public record PeriodStep(
        DayPeriod period, LocalDate from, boolean backwards, LocalDate result,
        Optional<WorkingDayShift> workingDays, Optional<MonthEndAdjustment> adjustment) {

    /** Checks every part is present. */
    public PeriodStep {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(adjustment, "adjustment");
    }

    static PeriodStep plain(DayPeriod period, LocalDate from, boolean backwards, LocalDate result) {
        return new PeriodStep(period, from, backwards, result, Optional.empty(), Optional.empty());
    }

    /**
     * Whether the result depends on a day after the calendar's published holidays.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Periods.workingDays(1).addTo(LocalDate.parse("2028-12-29"), EnglandAndWales.calendar()).provisional()).isTrue();
     * }</pre>
     *
     * @return true if provisional
     */
    public boolean provisional() {
        return workingDays.map(WorkingDayShift::provisional).orElse(false);
    }

    /**
     * The bank holidays and closures the count passed over, with their names; empty for units other
     * than working days.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Periods.workingDays(5).addTo(LocalDate.parse("2024-03-27"), EnglandAndWales.calendar()).skippedHolidays())
     *     .map(NonWorkingDay::name).containsExactly("Good Friday", "Easter Monday");
     * }</pre>
     *
     * @return the skipped named days
     */
    public List<NonWorkingDay> skippedHolidays() {
        return workingDays.map(WorkingDayShift::skippedHolidays).orElse(List.of());
    }

    /**
     * The number of weekend days the count passed over; 0 for units other than working days.
     *
     * @return the weekend days skipped
     */
    public long skippedWeekendDays() {
        return workingDays.isPresent() ? workingDays.get().skippedWeekendDays() : 0L;
    }

    /**
     * The step as arithmetic: {@code 2024-03-27 + 5 working days = 2024-04-05}.
     *
     * @return the step in one line
     */
    @Override
    public String toString() {
        return from + (backwards ? " - " : " + ") + period.inWords() + " = " + result;
    }
}
