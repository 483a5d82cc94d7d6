package org.duly.timescales.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules that give a region's bank holidays for a year, used for the years its published data
 * does not cover.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface HolidayRules {

    /**
     * The bank holidays of a year.
     *
     * <p>Example:
     * <pre>{@code
     * List<NonWorkingDay> holidays = EnglandAndWales.standardRules().holidaysIn(2024);
     * assertThat(holidays).contains(NonWorkingDay.bankHoliday(LocalDate.parse("2024-03-29"), "Good Friday"));
     * }</pre>
     *
     * @param year the year
     * @return its bank holidays, in date order
     */
    List<NonWorkingDay> holidaysIn(int year);

    /**
     * These rules with one-off changes applied in the years they name.
     *
     * <p>Example:
     * <pre>{@code
     * HolidayRules withJubilee = EnglandAndWales.standardRules().with(List.of(
     *     HolidayChange.added(LocalDate.parse("2022-06-03"), "Platinum Jubilee bank holiday")));
     * assertThat(withJubilee.holidaysIn(2022)).hasSize(9);
     * }</pre>
     *
     * @param changes the one-off changes
     * @return the changed rules
     */
    default HolidayRules with(List<HolidayChange> changes) {
        Map<Integer, List<HolidayChange>> byYear =
                List.copyOf(changes).stream().collect(Collectors.groupingBy(HolidayChange::year));
        return year -> {
            List<NonWorkingDay> holidays = holidaysIn(year);
            for (HolidayChange change : byYear.getOrDefault(year, List.of())) {
                holidays = change.applyTo(holidays);
            }
            List<NonWorkingDay> sorted = new ArrayList<>(holidays);
            sorted.sort(Comparator.comparing(NonWorkingDay::date));
            return List.copyOf(sorted);
        };
    }
}
