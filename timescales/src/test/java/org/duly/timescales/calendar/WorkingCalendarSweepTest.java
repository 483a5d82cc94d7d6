package org.duly.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exhaustive sweeps: every date of the supported range, every n in [-70, 70], cross-checked against
 * the day-by-day {@link NaiveCalendar} and against the laws of working-day arithmetic; on the
 * England and Wales calendar and on one with closure days in every year.
 */
class WorkingCalendarSweepTest {

    private static final int MAX_N = 70;
    private static final DateRange RANGE = EnglandAndWales.SUPPORTED_RANGE;

    /**
     * The calendars swept, each with its day-by-day twin: England and Wales, and England and Wales
     * with the days from Christmas Eve to New Year's Eve closed in every year (as a range) and the
     * first Friday of July (as a list), about 1,000 closure days. The twin is told the closures
     * directly, not read back from the calendar.
     */
    static Stream<Arguments> calendars() {
        WorkingCalendar englandAndWales = EnglandAndWales.calendar();
        WorkingCalendar closed = englandAndWales;
        List<LocalDate> closures = new ArrayList<>();
        List<LocalDate> trainingDays = new ArrayList<>();
        for (int year = RANGE.start().getYear(); year <= RANGE.endInclusive().getYear(); year++) {
            DateRange christmas = DateRange.of(LocalDate.of(year, 12, 24), LocalDate.of(year, 12, 31));
            closed = closed.withClosures(christmas, "Christmas closure");
            for (LocalDate day = christmas.start(); !day.isAfter(christmas.endInclusive()); day = day.plusDays(1)) {
                closures.add(day);
            }
            trainingDays.add(LocalDate.of(year, 7, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY)));
        }
        closed = closed.withClosures(trainingDays, "Training day");
        closures.addAll(trainingDays);
        return Stream.of(
                Arguments.of(englandAndWales, NaiveCalendar.of(englandAndWales)),
                Arguments.of(closed, NaiveCalendar.of(englandAndWales).closing(closures)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void shift_agrees_with_the_naive_count_for_every_date_and_every_n_up_to_70(WorkingCalendar calendar, NaiveCalendar naive) {
        long checked = 0;
        for (LocalDate d = RANGE.start(); !d.isAfter(RANGE.endInclusive()); d = d.plusDays(1)) {
            assertEquals(naive.isWorkingDay(d), calendar.isWorkingDay(d), () -> "isWorkingDay");
            assertEquals(d, calendar.shift(d, 0));
            for (int step : new int[] {1, -1}) {
                List<LocalDate> expected = naive.workingDaysFrom(d, step, MAX_N);
                for (int k = 1; k <= MAX_N; k++) {
                    int n = step * k;
                    if (k <= expected.size()) {
                        LocalDate actual = calendar.shift(d, n);
                        if (!actual.equals(expected.get(k - 1))) {
                            fail(d + " shifted by " + n + ": expected " + expected.get(k - 1) + " but was " + actual);
                        }
                    } else {
                        LocalDate from = d;
                        assertThatThrownBy(() -> calendar.shift(from, n))
                                .isInstanceOf(CalendarRangeException.class)
                                .hasMessageContaining("outside the range the " + calendar.name() + " calendar supports");
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 11_000_000, "swept " + checked + " shifts");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void the_laws_hold_for_every_date_and_every_n_up_to_70(WorkingCalendar calendar) {
        LocalDate safeStart = RANGE.start().plusDays(200);
        LocalDate safeEnd = RANGE.endInclusive().minusDays(200);
        for (LocalDate d = safeStart; !d.isAfter(safeEnd); d = d.plusDays(1)) {
            boolean working = calendar.isWorkingDay(d);
            LocalDate previous = calendar.shift(d, -MAX_N - 1);
            LocalDate nextDay = d.plusDays(1);
            for (int n = -MAX_N; n <= MAX_N; n++) {
                LocalDate shifted = calendar.shift(d, n);
                if (n != 0 && !calendar.isWorkingDay(shifted)) {
                    fail(d + " shifted by " + n + " landed on a non-working day " + shifted);
                }
                if (n > 0 && calendar.workingDaysBetween(d, shifted) != n) {
                    fail("workingDaysBetween(" + d + ", shift(" + d + ", " + n + ")) != " + n);
                }
                if (working && n < 0 && calendar.workingDaysBetween(shifted, d) != -n) {
                    fail("workingDaysBetween(shift(" + d + ", " + n + "), " + d + ") != " + -n);
                }
                if (working && !calendar.shift(shifted, -n).equals(d)) {
                    fail("shift(shift(" + d + ", " + n + "), " + -n + ") != " + d);
                }
                if (!shifted.isAfter(previous)) {
                    fail("shift(" + d + ", n) is not increasing in n at n = " + n);
                }
                if (calendar.shift(nextDay, n).isBefore(shifted)) {
                    fail("shift(d, " + n + ") is not monotone in d at d = " + d);
                }
                previous = shifted;
            }
        }
    }
}
