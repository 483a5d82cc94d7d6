package org.duly.timescales.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A day of the year from which counting a period of months or years reaches a day the target month
 * lacks, and what the rule's rounding makes of it: "31 January + 1 month = 28 February (29 in a
 * leap year), rounded down to the last day of the month". Lets a policy author see where a rule is
 * ambiguous without evaluating it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the period counted
 * @param anchor the day of the year counted from
 * @param everyYear false when the rounding happens only in some years (29 January + 1 month
 *     rounds only when February has 28 days)
 * @param roundedTo the days of the month the result falls on, in the years it rounds (28 and 29
 *     for February when it depends on the year), with the month
 * @param rounding the rule's rounding
 */
public record MonthEndAmbiguity(DayPeriod period, MonthDay anchor, boolean everyYear,
        List<MonthDay> roundedTo, MonthEndRounding rounding) {

    /** Checks every part is present and copies the list. */
    public MonthEndAmbiguity {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(rounding, "rounding");
        roundedTo = List.copyOf(roundedTo);
    }

    /** Finds the ambiguous anchors by counting from every day of four consecutive years, one a leap year. */
    static List<MonthEndAmbiguity> of(DayPeriod period, int years, int months, MonthEndRounding rounding) {
        Map<MonthDay, Set<MonthDay>> rounded = new LinkedHashMap<>();
        Map<MonthDay, Integer> roundedYears = new LinkedHashMap<>();
        Map<MonthDay, Integer> occurringYears = new LinkedHashMap<>();
        // 2021-2024 holds one leap year; counting from each day covers every month-end case.
        for (LocalDate day = LocalDate.of(2021, 1, 1); day.getYear() <= 2024; day = day.plusDays(1)) {
            MonthDay anchor = MonthDay.from(day);
            occurringYears.merge(anchor, 1, Integer::sum);
            DateSum sum = DateSum.of(day, years, months, 0, rounding == MonthEndRounding.REJECT ? MonthEndRounding.DOWN : rounding);
            if (sum.wasRounded()) {
                rounded.computeIfAbsent(anchor, key -> new TreeSet<>()).add(MonthDay.from(sum.date()));
                roundedYears.merge(anchor, 1, Integer::sum);
            }
        }
        List<MonthEndAmbiguity> result = new ArrayList<>();
        rounded.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> result.add(new MonthEndAmbiguity(period, entry.getKey(),
                        roundedYears.get(entry.getKey()).equals(occurringYears.get(entry.getKey())),
                        List.copyOf(entry.getValue()), rounding)));
        return List.copyOf(result);
    }

    /**
     * The ambiguity in words, as the handbook shows it.
     *
     * @return the anchor, the period and what the rounding gives
     */
    @Override
    public String toString() {
        String from = name(anchor) + " + " + period.inWords();
        // Only February's length varies from year to year, so a rounding that happens in some years
        // only is one that lands in February.
        String when = everyYear ? "" : " when February has 28 days";
        if (rounding == MonthEndRounding.REJECT) {
            return from + " has no date" + when + ": " + rounding.inWords();
        }
        return from + " = " + target() + when + ", " + rounding.inWords();
    }

    private String target() {
        MonthDay first = roundedTo.get(0);
        if (roundedTo.size() == 1) {
            return name(first);
        }
        // February: 28 in a common year, 29 in a leap year.
        return name(first) + " (" + roundedTo.get(1).getDayOfMonth() + " in a leap year)";
    }

    private static String name(MonthDay day) {
        return day.getDayOfMonth() + " " + monthName(day.getMonth());
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
