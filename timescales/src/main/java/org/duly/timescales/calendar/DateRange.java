package org.duly.timescales.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A range of dates that includes both its first and its last day, such as the range a calendar
 * supports or the window in which an obligation may be met.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first day of the range
 * @param endInclusive the last day of the range, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate endInclusive) {

    /**
     * Checks that the range is not reversed.
     *
     * @throws IllegalArgumentException if {@code endInclusive} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException(
                    "a date range cannot end (" + endInclusive + ") before it starts (" + start + ")");
        }
    }

    /**
     * Obtains the range from {@code start} to {@code endInclusive}, both days included.
     *
     * <p>Example:
     * <pre>{@code
     * DateRange easter2024 = DateRange.of(LocalDate.parse("2024-03-29"), LocalDate.parse("2024-04-01"));
     * assertThat(easter2024.lengthInDays()).isEqualTo(4);
     * }</pre>
     *
     * @param start the first day
     * @param endInclusive the last day, not before {@code start}
     * @return the range
     */
    public static DateRange of(LocalDate start, LocalDate endInclusive) {
        return new DateRange(start, endInclusive);
    }

    /**
     * Obtains the range of one day.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(DateRange.ofDay(LocalDate.parse("2024-03-29")).lengthInDays()).isEqualTo(1);
     * }</pre>
     *
     * @param day the only day of the range
     * @return the range
     */
    public static DateRange ofDay(LocalDate day) {
        return new DateRange(day, day);
    }

    /**
     * Checks whether the date lies in this range, ends included.
     *
     * <p>Example:
     * <pre>{@code
     * DateRange range = DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
     * assertThat(range.contains(LocalDate.parse("2024-12-31"))).isTrue();
     * assertThat(range.contains(LocalDate.parse("2025-01-01"))).isFalse();
     * }</pre>
     *
     * @param date the date to check
     * @return true if {@code start <= date <= endInclusive}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(endInclusive);
    }

    /**
     * Checks whether the other range lies wholly inside this one.
     *
     * <p>Example:
     * <pre>{@code
     * DateRange year = DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
     * assertThat(year.encloses(DateRange.ofDay(LocalDate.parse("2024-06-01")))).isTrue();
     * }</pre>
     *
     * @param other the range to check
     * @return true if both ends of {@code other} are in this range
     */
    public boolean encloses(DateRange other) {
        return contains(other.start) && contains(other.endInclusive);
    }

    /**
     * The number of days in the range, both ends counted.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(DateRange.of(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29")).lengthInDays())
     *     .isEqualTo(29);
     * }</pre>
     *
     * @return the number of days, at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, endInclusive) + 1;
    }

    /**
     * Renders the range as people read it: {@code 1978-01-01 to 2199-12-31}.
     *
     * @return the range in words
     */
    @Override
    public String toString() {
        return start + " to " + endInclusive;
    }
}
