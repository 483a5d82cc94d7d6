package org.duly.timescales.period;

import java.util.List;

/**
 * A length of time as a policy states it: 15 working days, 7 days, 6 weeks, 3 months, 1 year,
 * 24 hours. Each unit keeps its own meaning: periods of different units are never compared or
 * converted into one another (1 week is not 7 days to this type, and 24 hours is not 1 day across
 * a clock change). Day-based periods count from a date ({@link DayPeriod}); {@link Hours} count
 * elapsed time from a date-time.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Period permits DayPeriod, Hours {

    /**
     * The period as the booklet writes it: "15 working days", "1 week", "3 months", "24 hours".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Periods.workingDays(15).inWords()).isEqualTo("15 working days");
     * }</pre>
     *
     * @return the period in words
     */
    String inWords();

    /**
     * How many of the period's unit: 15 for 15 working days.
     *
     * @return the count, 0 or more
     */
    int count();

    /**
     * For periods of months or years: the days of the year on which counting from an anchor needs a
     * month-end rounding, so a policy author sees where a rule is ambiguous. Empty for other units.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Periods.months(1).monthEndAmbiguities()).map(MonthEndAmbiguity::toString)
     *     .contains("31 January + 1 month = 28 February (29 in a leap year), rounded down to the last day of the month");
     * }</pre>
     *
     * @return the ambiguous anchor days, in calendar order
     */
    default List<MonthEndAmbiguity> monthEndAmbiguities() {
        return List.of();
    }
}
