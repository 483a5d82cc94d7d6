package org.duly.timescales.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of counting working days from a date, with what an explanation needs: the days it
 * skipped, with their names, and whether it depends on a day after the calendar's confirmed data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param calendar the calendar the days were counted on
 * @param from the date counted from (day 0, whether or not it is a working day)
 * @param workingDays how many working days were counted: after {@code from} when positive,
 *     before it when negative
 * @param result the date reached
 * @param provisional true if a day whose status decided the result lies after
 *     {@link WorkingCalendar#confirmedThrough()}, so a holiday proclaimed later could change it
 */
public record WorkingDayShift(
        WorkingCalendar calendar, LocalDate from, int workingDays, LocalDate result, boolean provisional) {

    /** Checks every part is present. */
    public WorkingDayShift {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(result, "result");
    }

    /**
     * The non-working days passed over between {@code from} and the result, in date order: those
     * after {@code from} up to the result when counting forwards, those from the result up to the
     * day before {@code from} when counting backwards. Weekend days are included, named after their
     * day of the week; bank holidays and closures by their own names.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingDayShift easter = EnglandAndWales.calendar().explainShift(LocalDate.parse("2024-03-27"), 5);
     * assertThat(easter.skippedDays()).map(NonWorkingDay::toString).containsExactly(
     *     "Good Friday 2024-03-29", "Saturday 2024-03-30", "Sunday 2024-03-31", "Easter Monday 2024-04-01");
     * }</pre>
     *
     * @return the skipped days
     */
    public List<NonWorkingDay> skippedDays() {
        return workingDays == 0 ? List.of() : calendar.nonWorkingDays(examined());
    }

    /** The days the count passed over: after {@code from} up to the result, or the other way round. */
    private DateRange examined() {
        return workingDays > 0 ? DateRange.of(from.plusDays(1), result) : DateRange.of(result, from.minusDays(1));
    }

    /**
     * How many of the skipped days are weekend days, counted without listing them.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingDayShift easter = EnglandAndWales.calendar().explainShift(LocalDate.parse("2024-03-27"), 5);
     * assertThat(easter.skippedWeekendDays()).isEqualTo(2);
     * }</pre>
     *
     * @return the weekend days skipped
     */
    public long skippedWeekendDays() {
        if (workingDays == 0) {
            return 0;
        }
        DateRange examined = examined();
        long days = examined.endInclusive().toEpochDay() - examined.start().toEpochDay() + 1;
        long weekend = days / 7 * 2;
        LocalDate day = examined.start().plusDays(days / 7 * 7);
        for (; !day.isAfter(examined.endInclusive()); day = day.plusDays(1)) {
            if (NonWorkingDay.isWeekend(day)) {
                weekend++;
            }
        }
        // Every Saturday and Sunday: a bank holiday or closure is never a weekend day (NonWorkingDay refuses one).
        return weekend;
    }

    /**
     * The skipped days that have names of their own: bank holidays and closures, not weekends.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingDayShift easter = EnglandAndWales.calendar().explainShift(LocalDate.parse("2024-03-27"), 5);
     * assertThat(easter.skippedHolidays()).map(NonWorkingDay::name).containsExactly("Good Friday", "Easter Monday");
     * }</pre>
     *
     * @return the skipped bank holidays and closures
     */
    public List<NonWorkingDay> skippedHolidays() {
        return workingDays == 0 ? List.of() : calendar.namedNonWorkingDays(examined());
    }

    /**
     * The shift in one line: {@code 2024-03-27 + 5 working days = 2024-04-05}.
     *
     * @return the shift as arithmetic
     */
    @Override
    public String toString() {
        String sign = workingDays < 0 ? " - " : " + ";
        int count = Math.abs(workingDays);
        return from + sign + count + (count == 1 ? " working day = " : " working days = ") + result
                + (provisional ? " (provisional)" : "");
    }
}
