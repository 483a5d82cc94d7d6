package org.duly.workflows.engine;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.Explanation;

/**
 * When one occurrence of a rule was owed: the day its clock started, the earliest day it can be
 * met where its window opens later, its due date (and moment, for rules in hours), the ideal date of
 * "ideally P, at most Q", and why each date is what it is.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param clockStartedOn the day its clock started: the anchor's day, or the start of its chain
 * @param opens the earliest day it can be met, when its window opens after the clock starts or is stated
 * @param due the day it is due by: met when done on or before it
 * @param dueAt the moment it is due by, for rules in hours
 * @param ideal the ideal date, for "ideally P, at most Q"
 * @param explanation why the dates are what they are
 */
public record Window(LocalDate clockStartedOn, Optional<LocalDate> opens, LocalDate due, Optional<ZonedDateTime> dueAt,
        Optional<LocalDate> ideal, Explanation explanation) {

    /** Checks every part is present. */
    public Window {
        Objects.requireNonNull(clockStartedOn, "clockStartedOn");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(ideal, "ideal");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Whether the due date depends on bank holidays not yet published.
     *
     * @return true if provisional
     */
    public boolean provisional() {
        return explanation.provisional();
    }

    /**
     * How many days after the due date a day is; 0 on or before it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(window.daysLate(window.due().plusDays(3))).isEqualTo(3);
     * }</pre>
     *
     * @param day the day
     * @return the days late
     */
    public long daysLate(LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(due, day));
    }

    /**
     * How many days after the ideal date a day is: 0 on or before it, or when there is no ideal.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(chronologyUpdate.daysPastIdeal(LocalDate.parse("2024-05-20"))).isEqualTo(28);
     * }</pre>
     *
     * @param day the day
     * @return the days past the ideal date
     */
    public long daysPastIdeal(LocalDate day) {
        return ideal.map(date -> Math.max(0, ChronoUnit.DAYS.between(date, day))).orElse(0L);
    }
}
