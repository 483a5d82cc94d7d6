package org.duly.domain.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.calendar.DateRange;

/**
 * A period of care: from the day a child became looked after to the day they ceased to be, or open
 * while they still are. The end is the first day the child is no longer looked after, as in the
 * SSDA903 return: a child who comes into care on 1 January and goes home on 2 April 2024 was looked
 * after on 1 January to 1 April, 92 days, and is not looked after on 2 April.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param start the day the child became looked after
 * @param end the day they ceased to be looked after; empty while they still are
 */
public record PeriodOfCare(LocalDate start, Optional<LocalDate> end) {

    /**
     * Checks the period does not end before it starts.
     *
     * @throws IllegalArgumentException if it does
     */
    public PeriodOfCare {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new IllegalArgumentException("a period of care cannot end (" + end.get() + ") before it starts (" + start + ")");
        }
    }

    /**
     * A period of care that has ended.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(PeriodOfCare.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-04-02")).days()).isEqualTo(92);
     * }</pre>
     *
     * @param start the day the child became looked after
     * @param end the day they ceased to be
     * @return the period
     */
    public static PeriodOfCare of(LocalDate start, LocalDate end) {
        return new PeriodOfCare(start, Optional.of(end));
    }

    /**
     * A period of care that is still open.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(PeriodOfCare.from(LocalDate.parse("2024-01-01")).isOpen()).isTrue();
     * }</pre>
     *
     * @param start the day the child became looked after
     * @return the period
     */
    public static PeriodOfCare from(LocalDate start) {
        return new PeriodOfCare(start, Optional.empty());
    }

    /**
     * Whether the child is still looked after at the end of the timeline.
     *
     * @return true if the period has no end
     */
    public boolean isOpen() {
        return end.isEmpty();
    }

    /**
     * Whether the child is looked after on a day, after that day's events: from the start day up to,
     * not including, the day they ceased to be.
     *
     * <p>Example:
     * <pre>{@code
     * PeriodOfCare period = PeriodOfCare.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-04-02"));
     * assertThat(period.lookedAfterOn(LocalDate.parse("2024-04-01"))).isTrue();
     * assertThat(period.lookedAfterOn(LocalDate.parse("2024-04-02"))).isFalse();
     * }</pre>
     *
     * @param date the day
     * @return true if looked after on it
     */
    public boolean lookedAfterOn(LocalDate date) {
        return !date.isBefore(start) && end.map(date::isBefore).orElse(true);
    }

    /**
     * The number of days looked after: the days from the start to the end (a closed period).
     *
     * @return the days, 0 for a period that ended the day it began
     * @throws IllegalStateException if the period is open
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end.orElseThrow(() -> new IllegalStateException("the period is open")));
    }

    /**
     * The days looked after on or before a day, as an inclusive range.
     *
     * <p>Example:
     * <pre>{@code
     * PeriodOfCare period = PeriodOfCare.from(LocalDate.parse("2024-01-01"));
     * assertThat(period.daysThrough(LocalDate.parse("2024-01-31"))).contains(
     *     DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31")));
     * }</pre>
     *
     * @param lastDay the last day to count
     * @return the days, or empty if there are none by then
     */
    public Optional<DateRange> daysThrough(LocalDate lastDay) {
        LocalDate last = end.map(ended -> ended.minusDays(1)).filter(day -> day.isBefore(lastDay)).orElse(lastDay);
        return last.isBefore(start) ? Optional.empty() : Optional.of(DateRange.of(start, last));
    }
}
