package org.duly.timescales;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.annotations.Internal;

/**
 * When a timescale's clock first starts in a case: on a known day, on a day only a missing fact could
 * tell, or not at all, nothing in the case starting it. Worked out once ({@link Timescale#clockStart}),
 * it answers whether the clock started, started by a date, or starts after it, which the engine asks
 * of a rule with a condition before evaluating it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Internal
public final class ClockStart {

    private static final ClockStart NOT_STARTED = new ClockStart(null, false);
    private static final ClockStart ON_AN_UNKNOWN_DAY = new ClockStart(null, true);

    /** The first day, null when it is not known or nothing starts a clock. */
    private final LocalDate firstDay;
    private final boolean onAnUnknownDay;

    private ClockStart(LocalDate firstDay, boolean onAnUnknownDay) {
        this.firstDay = firstDay;
        this.onAnUnknownDay = onAnUnknownDay;
    }

    /**
     * A clock that starts first on a known day, which may be still to come (a birthday).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ClockStart.on(LocalDate.parse("2026-06-01")).startsAfter(LocalDate.parse("2024-04-01"))).isTrue();
     * }</pre>
     *
     * @param firstDay the first day a clock starts
     * @return the start
     */
    public static ClockStart on(LocalDate firstDay) {
        return new ClockStart(Objects.requireNonNull(firstDay, "firstDay"), false);
    }

    /**
     * A clock that starts, on a day only a missing fact could tell (a birthday without the date of birth).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ClockStart.onAnUnknownDay().started()).isTrue();
     * }</pre>
     *
     * @return the start
     */
    public static ClockStart onAnUnknownDay() {
        return ON_AN_UNKNOWN_DAY;
    }

    /**
     * No clock: nothing in the case starts one.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ClockStart.notStarted().started()).isFalse();
     * }</pre>
     *
     * @return the start
     */
    public static ClockStart notStarted() {
        return NOT_STARTED;
    }

    /**
     * Whether something starts a clock, on a known day or not: an evaluation could owe something, or say what is
     * missing ({@link Timescale#started}).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(within(workingDays(15)).of(STRATEGY_DISCUSSION).clockStart(Facts.of(), context).started()).isFalse();
     * }</pre>
     *
     * @return whether a clock starts
     */
    public boolean started() {
        return firstDay != null || onAnUnknownDay;
    }

    /**
     * Whether a clock started on a known day on or before a date ({@link Timescale#startedBy}).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ClockStart.on(LocalDate.parse("2024-03-01")).startedBy(LocalDate.parse("2024-04-01"))).isTrue();
     * }</pre>
     *
     * @param date the date, the evaluation date
     * @return whether a clock had started by then
     */
    public boolean startedBy(LocalDate date) {
        return firstDay != null && !firstDay.isAfter(date);
    }

    /**
     * Whether every clock starts after a date, on a known day ({@link Timescale#startsAfter}).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ClockStart.onAnUnknownDay().startsAfter(LocalDate.parse("2024-04-01"))).isFalse();
     * }</pre>
     *
     * @param date the date, the evaluation date
     * @return whether the first clock starts after it
     */
    public boolean startsAfter(LocalDate date) {
        return firstDay != null && firstDay.isAfter(date);
    }

    /**
     * The first day a clock starts, when it is known.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ClockStart.on(LocalDate.parse("2024-03-01")).firstDay()).contains(LocalDate.parse("2024-03-01"));
     * }</pre>
     *
     * @return the day, or empty when nothing starts a clock or the day is not known
     */
    public Optional<LocalDate> firstDay() {
        return Optional.ofNullable(firstDay);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClockStart that && Objects.equals(firstDay, that.firstDay) && onAnUnknownDay == that.onAnUnknownDay;
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstDay, onAnUnknownDay);
    }

    @Override
    public String toString() {
        return firstDay != null ? "starts on " + firstDay : onAnUnknownDay ? "starts on an unknown day" : "not started";
    }
}
