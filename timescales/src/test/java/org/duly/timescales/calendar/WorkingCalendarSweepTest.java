package org.duly.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive sweeps: every date of the supported range, every n in [-70, 70], cross-checked against
 * the day-by-day {@link NaiveCalendar} and against the laws of working-day arithmetic.
 */
class WorkingCalendarSweepTest {

    private static final int MAX_N = 70;
    private static final WorkingCalendar CALENDAR = EnglandAndWales.calendar();
    private static final NaiveCalendar NAIVE = NaiveCalendar.of(CALENDAR);
    private static final DateRange RANGE = CALENDAR.supportedRange();

    @Test
    void shift_agrees_with_the_naive_count_for_every_date_and_every_n_up_to_70() {
        long checked = 0;
        for (LocalDate d = RANGE.start(); !d.isAfter(RANGE.endInclusive()); d = d.plusDays(1)) {
            assertEquals(NAIVE.isWorkingDay(d), CALENDAR.isWorkingDay(d), () -> "isWorkingDay");
            assertEquals(d, CALENDAR.shift(d, 0));
            for (int step : new int[] {1, -1}) {
                List<LocalDate> expected = NAIVE.workingDaysFrom(d, step, MAX_N);
                for (int k = 1; k <= MAX_N; k++) {
                    int n = step * k;
                    if (k <= expected.size()) {
                        LocalDate actual = CALENDAR.shift(d, n);
                        if (!actual.equals(expected.get(k - 1))) {
                            fail(d + " shifted by " + n + ": expected " + expected.get(k - 1) + " but was " + actual);
                        }
                    } else {
                        LocalDate from = d;
                        assertThatThrownBy(() -> CALENDAR.shift(from, n))
                                .isInstanceOf(CalendarRangeException.class)
                                .hasMessageContaining("outside the range the England and Wales calendar supports");
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 11_000_000, "swept " + checked + " shifts");
    }

    @Test
    void the_laws_hold_for_every_date_and_every_n_up_to_70() {
        LocalDate safeStart = RANGE.start().plusDays(200);
        LocalDate safeEnd = RANGE.endInclusive().minusDays(200);
        for (LocalDate d = safeStart; !d.isAfter(safeEnd); d = d.plusDays(1)) {
            boolean working = CALENDAR.isWorkingDay(d);
            LocalDate previous = CALENDAR.shift(d, -MAX_N - 1);
            LocalDate nextDay = d.plusDays(1);
            for (int n = -MAX_N; n <= MAX_N; n++) {
                LocalDate shifted = CALENDAR.shift(d, n);
                if (n != 0 && !CALENDAR.isWorkingDay(shifted)) {
                    fail(d + " shifted by " + n + " landed on a non-working day " + shifted);
                }
                if (n > 0 && CALENDAR.workingDaysBetween(d, shifted) != n) {
                    fail("workingDaysBetween(" + d + ", shift(" + d + ", " + n + ")) != " + n);
                }
                if (working && n < 0 && CALENDAR.workingDaysBetween(shifted, d) != -n) {
                    fail("workingDaysBetween(shift(" + d + ", " + n + "), " + d + ") != " + -n);
                }
                if (working && !CALENDAR.shift(shifted, -n).equals(d)) {
                    fail("shift(shift(" + d + ", " + n + "), " + -n + ") != " + d);
                }
                if (!shifted.isAfter(previous)) {
                    fail("shift(" + d + ", n) is not increasing in n at n = " + n);
                }
                if (CALENDAR.shift(nextDay, n).isBefore(shifted)) {
                    fail("shift(d, " + n + ") is not monotone in d at d = " + d);
                }
                previous = shifted;
            }
        }
    }
}
