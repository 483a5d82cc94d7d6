package org.duly.timescales.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A month-end rounding that adding months or years needed: the day the arithmetic reached, which
 * its month does not have (the 31st of February 2013), and the day it was rounded to, if any.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param month the month reached
 * @param dayOfMonth the day of that month reached, past its end
 * @param rounding how it was rounded
 */
public record MonthEndAdjustment(YearMonth month, int dayOfMonth, MonthEndRounding rounding) {

    /**
     * Checks the day really is past the end of the month.
     *
     * @throws IllegalArgumentException if the month has that day
     */
    public MonthEndAdjustment {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(rounding, "rounding");
        if (dayOfMonth <= month.lengthOfMonth() || dayOfMonth > 31) {
            throw new IllegalArgumentException(month + " has a day " + dayOfMonth + ": nothing to round");
        }
    }

    /**
     * The day it was rounded to, or empty when the rounding is {@link MonthEndRounding#REJECT}.
     *
     * <p>Example:
     * <pre>{@code
     * MonthEndAdjustment feb31 = new MonthEndAdjustment(YearMonth.of(2013, 2), 31, MonthEndRounding.DOWN);
     * assertThat(feb31.roundedTo()).contains(LocalDate.parse("2013-02-28"));
     * }</pre>
     *
     * @return the rounded day
     */
    public Optional<LocalDate> roundedTo() {
        return switch (rounding) {
            case DOWN -> Optional.of(month.atEndOfMonth());
            case UP -> Optional.of(month.plusMonths(1).atDay(1));
            case REJECT -> Optional.empty();
        };
    }

    /**
     * The adjustment in words: "31 February 2013 does not exist: rounded down to the last day of the
     * month, 2013-02-28".
     *
     * @return the adjustment as an explanation says it
     */
    @Override
    public String toString() {
        Month name = month.getMonth();
        String reached = dayOfMonth + " " + name.getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
        return reached + " does not exist: " + rounding.inWords() + roundedTo().map(date -> ", " + date).orElse("");
    }
}
