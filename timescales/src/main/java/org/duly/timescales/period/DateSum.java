package org.duly.timescales.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of adding years, months and days to a date, with the month-end rounding it needed, if
 * any, so that an explanation can show it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the resulting date
 * @param adjustment the month-end rounding applied on the way, if one was needed
 */
public record DateSum(LocalDate date, Optional<MonthEndAdjustment> adjustment) {

    /** Checks both parts are present. */
    public DateSum {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(adjustment, "adjustment");
    }

    /**
     * Adds years, then months, rounds once if the day is past the end of the target month, then adds
     * days: the semantics of Catala's dates-calc library. Twelve months are always a year.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(DateSum.of(LocalDate.parse("2013-01-31"), 0, 1, 0, MonthEndRounding.DOWN).date()).isEqualTo("2013-02-28");
     * assertThat(DateSum.of(LocalDate.parse("2013-01-31"), 0, 1, 0, MonthEndRounding.UP).date()).isEqualTo("2013-03-01");
     * }</pre>
     *
     * @param start the date to add to
     * @param years years to add, negative to subtract
     * @param months months to add, negative to subtract
     * @param days days to add after any rounding, negative to subtract
     * @param rounding what to do with a day past the end of the target month
     * @return the sum, with its rounding
     * @throws MonthEndAmbiguityException if rounding is needed and {@code rounding} is {@link MonthEndRounding#REJECT}
     */
    public static DateSum of(LocalDate start, int years, int months, int days, MonthEndRounding rounding) {
        Objects.requireNonNull(rounding, "rounding");
        long offset = Math.addExact(Math.multiplyExact(years, 12L), months);
        // Worked out without the intermediate YearMonth: every birthday in every case comes through here.
        long monthIndex = start.getYear() * 12L + start.getMonthValue() - 1 + offset;
        long year = Math.floorDiv(monthIndex, 12);
        Month month = Month.of((int) Math.floorMod(monthIndex, 12) + 1);
        int day = start.getDayOfMonth();
        if (year >= Year.MIN_VALUE && year <= Year.MAX_VALUE && day <= month.length(Year.isLeap(year))) {
            LocalDate reached = LocalDate.of((int) year, month, day);
            return new DateSum(days == 0 ? reached : reached.plusDays(days), Optional.empty());
        }
        YearMonth target = YearMonth.from(start).plusMonths(offset);
        MonthEndAdjustment adjustment = new MonthEndAdjustment(target, day, rounding);
        LocalDate rounded = adjustment.roundedTo().orElseThrow(() -> new MonthEndAmbiguityException(
                start + " " + describe(years, months), adjustment));
        return new DateSum(rounded.plusDays(days), Optional.of(adjustment));
    }

    /**
     * Whether a month-end rounding was needed.
     *
     * @return true if the sum was rounded
     */
    public boolean wasRounded() {
        return adjustment.isPresent();
    }

    /** "+ 1 year 6 months", "- 1 month": years and months as they count from the start. */
    private static String describe(int years, int months) {
        boolean backwards = years < 0 || (years == 0 && months < 0);
        int y = Math.abs(years);
        int m = Math.abs(months);
        StringBuilder text = new StringBuilder(backwards ? "- " : "+ ");
        if (y != 0) {
            text.append(Words.count(y, "year", "years"));
        }
        if (m != 0 || y == 0) {
            text.append(y != 0 ? " " : "").append(Words.count(m, "month", "months"));
        }
        return text.toString();
    }
}
