package org.duly.timescales;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.annotations.Internal;
import org.duly.timescales.calendar.WorkingCalendar;
import org.duly.timescales.period.DayPeriod;
import org.duly.timescales.period.LeapDayBirthdays;
import org.duly.timescales.period.Periods;

/**
 * Everything an evaluation needs besides the facts: the working-day calendar, the evaluation date
 * (and time, for timescales in hours), how far ahead "due soon" looks, and the 29 February rule.
 * Nothing here is read from a clock: the caller says what "today" is.
 *
 * <p>{@link Internal}: what the engine hands a timescale; an application gives the engine the
 * evaluation date (or moment) and its settings ({@code withDueSoonHorizon},
 * {@code withLeapDayBirthdays}), and the calendar travels with the policy.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param calendar the working-day calendar
 * @param asOf the evaluation date
 * @param asOfTime the evaluation moment, when evaluating timescales in hours precisely
 * @param dueSoonHorizon how far ahead of its due date an open obligation is due soon
 * @param leapDayBirthdays when someone born on 29 February has a birthday in a common year
 */
@Internal
public record EvaluationContext(
        WorkingCalendar calendar, LocalDate asOf, Optional<ZonedDateTime> asOfTime, DayPeriod dueSoonHorizon,
        LeapDayBirthdays leapDayBirthdays) {

    /** Checks every part is present and the time agrees with the date. */
    public EvaluationContext {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(asOfTime, "asOfTime");
        Objects.requireNonNull(dueSoonHorizon, "dueSoonHorizon");
        Objects.requireNonNull(leapDayBirthdays, "leapDayBirthdays");
        asOfTime.ifPresent(time -> {
            if (!time.toLocalDate().equals(asOf)) {
                throw new IllegalArgumentException("the evaluation time " + time + " is not on the evaluation date " + asOf);
            }
        });
    }

    /**
     * Evaluation on a date, due soon within 5 working days, birthdays of 29 February on 1 March.
     *
     * <p>Example:
     * <pre>{@code
     * EvaluationContext context = EvaluationContext.on(LocalDate.parse("2024-04-02"), EnglandAndWales.calendar());
     * }</pre>
     *
     * @param asOf the evaluation date
     * @param calendar the working-day calendar
     * @return the context
     */
    public static EvaluationContext on(LocalDate asOf, WorkingCalendar calendar) {
        return new EvaluationContext(calendar, asOf, Optional.empty(), Periods.workingDays(5), LeapDayBirthdays.MARCH_1);
    }

    /**
     * Evaluation at a moment, for timescales in hours.
     *
     * <p>Example:
     * <pre>{@code
     * EvaluationContext context = EvaluationContext.at(
     *     ZonedDateTime.of(LocalDateTime.parse("2024-03-31T09:00"), Hours.LONDON), EnglandAndWales.calendar());
     * }</pre>
     *
     * @param asOf the evaluation moment
     * @param calendar the working-day calendar
     * @return the context
     */
    public static EvaluationContext at(ZonedDateTime asOf, WorkingCalendar calendar) {
        return new EvaluationContext(calendar, asOf.toLocalDate(), Optional.of(asOf), Periods.workingDays(5),
                LeapDayBirthdays.MARCH_1);
    }

    /**
     * The same context with another due-soon horizon.
     *
     * <p>Example:
     * <pre>{@code
     * EvaluationContext context = EvaluationContext.on(asOf, calendar).withDueSoonHorizon(Periods.days(14));
     * }</pre>
     *
     * @param horizon how far ahead of its due date an open obligation is due soon
     * @return the context
     */
    public EvaluationContext withDueSoonHorizon(DayPeriod horizon) {
        return new EvaluationContext(calendar, asOf, asOfTime, horizon, leapDayBirthdays);
    }

    /**
     * The same context with another 29 February rule.
     *
     * <p>Example:
     * <pre>{@code
     * EvaluationContext context = EvaluationContext.on(asOf, calendar).withLeapDayBirthdays(LeapDayBirthdays.FEBRUARY_28);
     * }</pre>
     *
     * @param rule when someone born on 29 February has a birthday in a common year
     * @return the context
     */
    public EvaluationContext withLeapDayBirthdays(LeapDayBirthdays rule) {
        return new EvaluationContext(calendar, asOf, asOfTime, dueSoonHorizon, rule);
    }
}
