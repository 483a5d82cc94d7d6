package org.duly.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Closure days: an authority's own non-working days laid over a region's calendar. Random closures
 * are checked against a day-by-day oracle that is told them directly; examples pin the names.
 */
class WorkingCalendarClosuresTest {

    private static final WorkingCalendar CALENDAR = EnglandAndWales.calendar();
    private static final NaiveCalendar NAIVE = NaiveCalendar.of(CALENDAR);
    /** The days around a scenario's centre that its closures and its questions fall on. */
    private static final int SPREAD = 450;

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * Closures around a centre, added in three layers as an authority might: a list of days, a range,
     * then another list; days may repeat, fall on weekends and bank holidays, or be closed twice.
     */
    record Closures(LocalDate centre, List<Integer> firstList, int rangeStart, int rangeLength, List<Integer> secondList) {

        WorkingCalendar applyTo(WorkingCalendar calendar) {
            return calendar.withClosures(days(firstList), "Staff training day")
                    .withClosures(range(), "Office move")
                    .withClosures(days(secondList), "Christmas closure");
        }

        DateRange range() {
            return DateRange.of(centre.plusDays(rangeStart), centre.plusDays(rangeStart + rangeLength));
        }

        List<LocalDate> days(List<Integer> offsets) {
            return offsets.stream().map(centre::plusDays).toList();
        }

        /** Each day the layers close, with the name of the first layer to close it, in date order: what the calendar must say. */
        Map<LocalDate, String> expectedNames() {
            Map<LocalDate, String> names = new java.util.TreeMap<>();
            days(firstList).forEach(day -> names.putIfAbsent(day, "Staff training day"));
            for (LocalDate day = range().start(); !day.isAfter(range().endInclusive()); day = day.plusDays(1)) {
                names.putIfAbsent(day, "Office move");
            }
            days(secondList).forEach(day -> names.putIfAbsent(day, "Christmas closure"));
            // Weekends and bank holidays keep their own names: only the region's working days become closures.
            names.keySet().removeIf(day -> !NAIVE.isWorkingDay(day));
            return names;
        }

        @Override
        public String toString() {
            return "closures around " + centre + ": " + days(firstList) + ", " + range() + ", " + days(secondList);
        }
    }

    private static Gen<Closures> closures() {
        // Centres far enough from the ends of the range for every count below, inside and beyond the published data.
        Gen<LocalDate> centres = integers()
                .between((int) LocalDate.of(1981, 1, 1).toEpochDay(), (int) LocalDate.of(2196, 12, 31).toEpochDay())
                .map(epochDay -> LocalDate.ofEpochDay(epochDay));
        Gen<List<Integer>> offsets = lists().of(integers().between(-SPREAD, SPREAD)).ofSizeBetween(0, 25);
        return centres.zip(offsets, integers().between(-SPREAD, SPREAD - 30), integers().between(0, 30), offsets, Closures::new);
    }

    @Test
    void random_closures_agree_with_the_day_by_day_count() {
        qt().withExamples(1_000)
                .forAll(closures(), integers().between(-SPREAD, SPREAD), integers().between(-300, 300), integers().between(-SPREAD, SPREAD))
                .checkAssert((closures, fromOffset, n, toOffset) -> {
                    WorkingCalendar calendar = closures.applyTo(CALENDAR);
                    NaiveCalendar naive = NAIVE.closing(closures.expectedNames().keySet());
                    LocalDate from = closures.centre().plusDays(fromOffset);
                    LocalDate to = closures.centre().plusDays(toOffset);

                    for (int offset = -SPREAD; offset <= SPREAD; offset++) {
                        LocalDate day = closures.centre().plusDays(offset);
                        assertThat(calendar.isWorkingDay(day)).as("isWorkingDay(%s)", day).isEqualTo(naive.isWorkingDay(day));
                    }
                    assertThat(calendar.shift(from, n)).as("shift(%s, %s)", from, n).isEqualTo(naive.shift(from, n));
                    assertThat(calendar.shift(from, -n)).as("shift(%s, %s)", from, -n).isEqualTo(naive.shift(from, -n));
                    assertThat(calendar.workingDaysBetween(from, to)).as("workingDaysBetween(%s, %s)", from, to)
                            .isEqualTo(naive.workingDaysBetween(from, to));
                });
    }

    @Test
    void random_closures_are_named_by_the_layer_that_closed_them() {
        qt().withExamples(500)
                .forAll(closures(), integers().between(-SPREAD, SPREAD), integers().between(-300, 300))
                .checkAssert((closures, fromOffset, n) -> {
                    WorkingCalendar calendar = closures.applyTo(CALENDAR);
                    DateRange around = DateRange.of(closures.centre().minusDays(SPREAD), closures.centre().plusDays(SPREAD));
                    Map<LocalDate, String> named = new LinkedHashMap<>();
                    calendar.namedNonWorkingDays(around).stream()
                            .filter(day -> day.kind() == NonWorkingDay.Kind.CLOSURE)
                            .forEach(day -> named.put(day.date(), day.name()));
                    assertThat(named).containsExactlyEntriesOf(closures.expectedNames());
                    // In date order, the bank holidays among them as the region names them.
                    assertThat(calendar.namedNonWorkingDays(around)).isSortedAccordingTo(
                            java.util.Comparator.comparing(NonWorkingDay::date));
                    assertThat(calendar.namedNonWorkingDays(around)).filteredOn(day -> day.kind() == NonWorkingDay.Kind.BANK_HOLIDAY)
                            .isEqualTo(CALENDAR.namedNonWorkingDays(around));

                    // An explanation names every closure day it skips.
                    LocalDate from = closures.centre().plusDays(fromOffset);
                    WorkingDayShift shift = calendar.explainShift(from, n);
                    List<String> expected = new ArrayList<>();
                    if (n != 0) {
                        DateRange examined = n > 0
                                ? DateRange.of(from.plusDays(1), shift.result()) : DateRange.of(shift.result(), from.minusDays(1));
                        closures.expectedNames().forEach((day, name) -> {
                            if (examined.contains(day)) {
                                expected.add(name + " " + day);
                            }
                        });
                    }
                    assertThat(shift.skippedHolidays()).filteredOn(day -> day.kind() == NonWorkingDay.Kind.CLOSURE)
                            .map(NonWorkingDay::toString).isEqualTo(expected);
                });
    }

    @Test
    void a_list_of_days_and_a_range_close_the_same_days_in_any_order() {
        DateRange christmas = DateRange.of(date("2024-12-24"), date("2024-12-31"));
        List<LocalDate> listed = List.of(date("2024-12-31"), date("2024-12-24"), date("2024-12-30"), date("2024-12-27"),
                date("2024-12-25"), date("2024-12-28"), date("2024-12-27"));
        assertThat(CALENDAR.withClosures(listed, "Christmas closure"))
                .isEqualTo(CALENDAR.withClosures(christmas, "Christmas closure"))
                .hasSameHashCodeAs(CALENDAR.withClosures(christmas, "Christmas closure"));
        assertThat(CALENDAR.withClosure(date("2024-12-31"), "Closure").withClosure(date("2024-12-27"), "Closure"))
                .isEqualTo(CALENDAR.withClosure(date("2024-12-27"), "Closure").withClosure(date("2024-12-31"), "Closure"));
    }

    @Test
    void a_day_closed_twice_keeps_its_first_name() {
        WorkingCalendar twice = CALENDAR.withClosure(date("2024-12-27"), "Christmas closure")
                .withClosures(DateRange.of(date("2024-12-23"), date("2024-12-31")), "Office move");
        assertThat(twice.namedNonWorkingDays(DateRange.of(date("2024-12-23"), date("2024-12-31"))))
                .map(NonWorkingDay::toString).containsExactly(
                        "Office move 2024-12-23", "Office move 2024-12-24", "Christmas Day 2024-12-25", "Boxing Day 2024-12-26",
                        "Christmas closure 2024-12-27", "Office move 2024-12-30", "Office move 2024-12-31");
    }

    @Test
    void a_calendar_with_closures_says_so_in_its_name_until_it_is_given_one() {
        WorkingCalendar closed = CALENDAR.withClosure(date("2024-12-27"), "Christmas closure");
        assertThat(closed.name()).isEqualTo("England and Wales with local closures");
        assertThat(closed.withClosure(date("2024-12-30"), "Christmas closure").name())
                .isEqualTo("England and Wales with local closures");
        WorkingCalendar northshire = closed.withName("Northshire County Council");
        assertThat(northshire.withClosure(date("2024-12-30"), "Christmas closure").name()).isEqualTo("Northshire County Council");
        assertThat(northshire.explainShift(date("2024-12-24"), 1).skippedHolidays()).map(NonWorkingDay::toString)
                .containsExactly("Christmas Day 2024-12-25", "Boxing Day 2024-12-26", "Christmas closure 2024-12-27");
        // A region's calendar named by an authority before it closes anything still says it has closures.
        assertThat(CALENDAR.withName("Northshire").withClosure(date("2024-12-27"), "Closure").name())
                .isEqualTo("Northshire with local closures");
        assertThat(closed).hasToString("England and Wales with local closures (1978-01-01 to 2199-12-31, confirmed through 2028-12-31)");
    }

    @Test
    void closing_only_weekends_and_bank_holidays_changes_nothing() {
        assertThat(CALENDAR.withClosures(DateRange.of(date("2024-12-25"), date("2024-12-26")), "Closure")).isSameAs(CALENDAR);
        assertThat(CALENDAR.withClosures(Set.of(date("2024-03-30"), date("2024-03-31")), "Closure")).isSameAs(CALENDAR);
        assertThat(CALENDAR.withClosures(List.of(), "Closure")).isSameAs(CALENDAR);
    }

    @Test
    void closures_outside_the_range_or_without_a_name_are_refused() {
        assertThatThrownBy(() -> CALENDAR.withClosures(List.of(date("2024-12-27"), date("2200-01-02")), "Closure"))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("2200-01-02 is outside the range the England and Wales calendar supports (1978-01-01 to 2199-12-31)");
        assertThatThrownBy(() -> CALENDAR.withClosures(DateRange.of(date("2199-12-30"), date("2200-01-02")), "Closure"))
                .isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> CALENDAR.withClosure(date("2024-12-28"), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a closure needs a name");
    }

    @Test
    void counting_over_closures_at_the_ends_of_the_range() {
        // The last working day of the range closed: the last day a count can reach moves back.
        WorkingCalendar closed = CALENDAR.withClosure(date("2199-12-31"), "Closure");
        assertThat(CALENDAR.shift(date("2199-12-30"), 1)).isEqualTo("2199-12-31");
        assertThatThrownBy(() -> closed.shift(date("2199-12-30"), 1))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("2199-12-30 + 1 working day falls outside the range the England and Wales with local closures"
                        + " calendar supports (1978-01-01 to 2199-12-31)");
        WorkingCalendar firstClosed = CALENDAR.withClosure(date("1978-01-03"), "Closure");
        // 1978-01-03 is the range's first working day (1 January a Sunday, the 2nd its substitute day).
        assertThat(CALENDAR.shift(date("1978-01-05"), -2)).isEqualTo("1978-01-03");
        assertThat(firstClosed.shift(date("1978-01-05"), -1)).isEqualTo("1978-01-04");
        assertThatThrownBy(() -> firstClosed.shift(date("1978-01-05"), -2)).isInstanceOf(CalendarRangeException.class);
    }
}
