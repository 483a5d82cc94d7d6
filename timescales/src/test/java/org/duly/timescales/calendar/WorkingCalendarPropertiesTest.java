package org.duly.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Randomized properties with shrinking, for counts beyond the exhaustive sweeps: n up to about
 * 60 years of working days, and calendars with closure days.
 */
class WorkingCalendarPropertiesTest {

    private static final WorkingCalendar CALENDAR = EnglandAndWales.calendar();
    private static final NaiveCalendar NAIVE = NaiveCalendar.of(CALENDAR);

    /** Dates from 2040 to 2120: about 60 years (15,000 working days) from either end of the range. */
    private static Gen<LocalDate> dates() {
        return integers()
                .between((int) LocalDate.of(2040, 1, 1).toEpochDay(), (int) LocalDate.of(2120, 12, 31).toEpochDay())
                .map(epochDay -> LocalDate.ofEpochDay(epochDay));
    }

    private static Gen<Integer> largeCounts() {
        return integers().between(-15_000, 15_000);
    }

    @Test
    void shift_agrees_with_the_naive_count_for_large_n() {
        qt().withExamples(1_500).forAll(dates(), largeCounts()).checkAssert((date, n) ->
                assertThat(CALENDAR.shift(date, n)).as("shift(%s, %s)", date, n).isEqualTo(NAIVE.shift(date, n)));
    }

    @Test
    void counting_back_the_working_days_between_returns_the_count() {
        qt().withExamples(5_000).forAll(dates(), largeCounts()).checkAssert((date, n) -> {
            LocalDate shifted = CALENDAR.shift(date, n);
            if (n > 0) {
                assertThat(CALENDAR.workingDaysBetween(date, shifted)).isEqualTo(n);
            }
            if (CALENDAR.isWorkingDay(date)) {
                assertThat(CALENDAR.shift(shifted, -n)).isEqualTo(date);
                assertThat(CALENDAR.workingDaysBetween(date, shifted)).isEqualTo(n);
            }
        });
    }

    @Test
    void working_days_between_is_antisymmetric_and_additive() {
        qt().withExamples(5_000).forAll(dates(), dates(), dates()).checkAssert((a, b, c) -> {
            assertThat(CALENDAR.workingDaysBetween(a, b)).isEqualTo(-CALENDAR.workingDaysBetween(b, a));
            assertThat(CALENDAR.workingDaysBetween(a, b) + CALENDAR.workingDaysBetween(b, c))
                    .isEqualTo(CALENDAR.workingDaysBetween(a, c));
        });
    }

    @Test
    void a_calendar_with_closures_agrees_with_the_naive_count() {
        qt().withExamples(300)
                .forAll(dates(), integers().between(0, 30), integers().between(-400, 400), integers().between(-60, 60))
                .checkAssert((closureStart, closureLength, offset, n) -> {
                    DateRange closed = DateRange.of(closureStart, closureStart.plusDays(closureLength));
                    WorkingCalendar withClosures = CALENDAR.withClosures(closed, "Closure");
                    LocalDate date = closureStart.plusDays(offset);
                    for (LocalDate day = closed.start(); !day.isAfter(closed.endInclusive()); day = day.plusDays(1)) {
                        assertThat(withClosures.isWorkingDay(day)).isFalse();
                    }
                    assertThat(withClosures.shift(date, n)).isEqualTo(NaiveCalendar.of(withClosures).shift(date, n));
                });
    }

    @Test
    void the_skipped_days_counted_without_listing_them_are_those_listed() {
        qt().withExamples(2_000)
                .forAll(dates(), integers().between(0, 30), integers().between(-400, 400), integers().between(-60, 60))
                .checkAssert((closureStart, closureLength, offset, n) -> {
                    // Closures over weekends too, which close only the working days among them.
                    WorkingCalendar withClosures = CALENDAR.withClosures(DateRange.of(closureStart, closureStart.plusDays(closureLength)),
                            "Closure");
                    WorkingDayShift shift = withClosures.explainShift(closureStart.plusDays(offset), n);
                    assertThat(shift.skippedWeekendDays())
                            .isEqualTo(shift.skippedDays().stream().filter(day -> day.kind() == NonWorkingDay.Kind.WEEKEND).count());
                    assertThat(shift.skippedHolidays())
                            .isEqualTo(shift.skippedDays().stream().filter(day -> day.kind() != NonWorkingDay.Kind.WEEKEND).toList());
                });
    }
}
