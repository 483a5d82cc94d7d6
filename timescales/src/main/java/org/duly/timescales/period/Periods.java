package org.duly.timescales.period;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * The periods of the timescale DSL, as the booklet states them. Import them statically beside
 * {@code org.duly.timescales.Timescales}:
 *
 * <pre>{@code
 * import static org.duly.timescales.period.Periods.*;
 *
 * within(workingDays(15)).of(STRATEGY_DISCUSSION);
 * }</pre>
 */
@CheckReturnValue
public final class Periods {

    private Periods() {
    }

    /**
     * Working days, counted on the calendar supplied at evaluation; the anchor's date is day 0.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(workingDays(15).inWords()).isEqualTo("15 working days");
     * }</pre>
     *
     * @param count how many, 0 or more
     * @return the period
     */
    public static WorkingDays workingDays(int count) {
        return new WorkingDays(count);
    }

    /**
     * Calendar days.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(days(28).addTo(LocalDate.parse("2024-02-01"), EnglandAndWales.calendar()).result()).isEqualTo("2024-02-29");
     * }</pre>
     *
     * @param count how many, 0 or more
     * @return the period
     */
    public static Days days(int count) {
        return new Days(count);
    }

    /**
     * Calendar days, said so: "28 calendar days", where the policy says it to set them apart from
     * working days. Counted as {@link #days(int)}.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(calendarDays(28).inWords()).isEqualTo("28 calendar days");
     * }</pre>
     *
     * @param count how many days, 0 or more
     * @return the period
     * @throws IllegalArgumentException if the count is negative
     */
    public static Days calendarDays(int count) {
        return new Days(count, true);
    }

    /**
     * Weeks of 7 calendar days.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(weeks(6).inWords()).isEqualTo("6 weeks");
     * }</pre>
     *
     * @param count how many, 0 or more
     * @return the period
     */
    public static Weeks weeks(int count) {
        return new Weeks(count);
    }

    /**
     * Calendar months, a day past the end of the target month rounded down to its last day.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(months(1).addTo(LocalDate.parse("2013-01-31"), EnglandAndWales.calendar()).result()).isEqualTo("2013-02-28");
     * }</pre>
     *
     * @param count how many, 0 or more
     * @return the period
     */
    public static Months months(int count) {
        return new Months(count, MonthEndRounding.DOWN);
    }

    /**
     * Calendar months with an explicit month-end rounding.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(months(1, MonthEndRounding.UP).addTo(LocalDate.parse("2013-01-31"), EnglandAndWales.calendar()).result())
     *     .isEqualTo("2013-03-01");
     * }</pre>
     *
     * @param count how many, 0 or more
     * @param rounding what to do with a day the target month lacks
     * @return the period
     */
    public static Months months(int count, MonthEndRounding rounding) {
        return new Months(count, rounding);
    }

    /**
     * Calendar years (12 months each), 29 February rounded down to 28 February in a common year.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(years(1).addTo(LocalDate.parse("2012-02-29"), EnglandAndWales.calendar()).result()).isEqualTo("2013-02-28");
     * }</pre>
     *
     * @param count how many, 0 or more
     * @return the period
     */
    public static Years years(int count) {
        return new Years(count, MonthEndRounding.DOWN);
    }

    /**
     * Calendar years with an explicit rounding for 29 February.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(years(1, MonthEndRounding.REJECT).monthEndAmbiguities()).hasSize(1);
     * }</pre>
     *
     * @param count how many, 0 or more
     * @param rounding what to do with 29 February in a common year
     * @return the period
     */
    public static Years years(int count, MonthEndRounding rounding) {
        return new Years(count, rounding);
    }

    /**
     * Elapsed hours on the Europe/London time line.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(hours(24).inWords()).isEqualTo("24 hours");
     * }</pre>
     *
     * @param count how many, 0 or more
     * @return the period
     */
    public static Hours hours(int count) {
        return new Hours(count, Hours.LONDON);
    }

    /**
     * Elapsed hours on the time line of another zone.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(hours(24, ZoneId.of("Europe/London"))).isEqualTo(hours(24));
     * }</pre>
     *
     * @param count how many, 0 or more
     * @param zone the zone of the local times counted from
     * @return the period
     */
    public static Hours hours(int count, ZoneId zone) {
        return new Hours(count, zone);
    }

    static void requireNotNegative(int count, String unit) {
        if (count < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + count + " " + unit
                    + " (say 'before' in the timescale instead)");
        }
    }

    static PeriodStep calendarStep(
            DayPeriod period, LocalDate from, int years, int months, boolean backwards, MonthEndRounding rounding) {
        int sign = backwards ? -1 : 1;
        DateSum sum = DateSum.of(from, sign * years, sign * months, 0, rounding);
        return new PeriodStep(period, from, backwards, sum.date(), Optional.empty(), sum.adjustment());
    }
}
