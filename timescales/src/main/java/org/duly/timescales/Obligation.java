package org.duly.timescales;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.annotations.Internal;

/**
 * One occurrence of what a timescale requires: its window and due date, where it stands on the
 * evaluation date, what met it, and why its dates are what they are.
 *
 * <p>{@link Internal}: what the engine makes a schedule's entry of; an application reads the
 * {@code ScheduleEntry} instead.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param chain which run of the timescale, from 1: each anchor occurrence starts one (each period of
 *     care starts a new chain of looked after reviews)
 * @param occurrence which occurrence within the chain, from 1 (the 2nd review); for a deadline, which
 *     time it arises, one per anchor occurrence
 * @param clockStartedOn the date its clock started: the anchor's date, or the start of its chain
 * @param windowStart the earliest date it can be met, when the timescale has one
 * @param due the date it is due by: met when done on or before it
 * @param dueAt the moment it is due by, for timescales in hours
 * @param target the ideal date, for "ideally P, at most Q"
 * @param status where it stands on the evaluation date
 * @param metBy what met it, if anything did
 * @param cannotCompute why its status cannot be told, when the status is {@link Status#CANNOT_COMPUTE}
 * @param explanation why its dates are what they are
 * @param closedBy what closed it before it was done, for {@link Status#MISSED} and {@link Status#NOT_REQUIRED}
 * @param intervalsMissed for a recurrence, how many further intervals passed in full while it was not
 *     done (met late, overdue or missed): a five-month gap in six-weekly visits misses 2 more
 * @param shortfall for an occurrence not met, how far a record in its window fell short of meeting it, where the
 *     rule says so: "the record on 2024-07-10 fell short: 5 direct-work and 3 observation sessions of the 12 and 12"
 */
@Internal
public record Obligation(
        int chain, int occurrence, LocalDate clockStartedOn, Optional<LocalDate> windowStart, LocalDate due, Optional<ZonedDateTime> dueAt,
        Optional<LocalDate> target, Status status, Optional<MetBy> metBy, Optional<CannotCompute> cannotCompute,
        Explanation explanation, Optional<Closing> closedBy, int intervalsMissed, Optional<String> shortfall) {

    /** Checks every part is present. */
    public Obligation {
        Objects.requireNonNull(clockStartedOn, "clockStartedOn");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(metBy, "metBy");
        Objects.requireNonNull(cannotCompute, "cannotCompute");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(shortfall, "shortfall");
        if (intervalsMissed < 0) {
            throw new IllegalArgumentException("intervals missed cannot be negative: " + intervalsMissed);
        }
    }

    /**
     * Whether the due date depends on a day after the calendar's published bank holidays.
     *
     * @return true if provisional
     */
    public boolean provisional() {
        return explanation.provisional();
    }

    /**
     * The obligation in one line: "2nd, due 2024-07-01: MET by the review on 2024-06-20".
     *
     * @return the obligation in words
     */
    @Override
    public String toString() {
        return Ordinals.of(occurrence) + (chain > 1 ? " (chain " + chain + ")" : "") + ", due " + due
                + dueAt.map(at -> " at " + at.toLocalTime()).orElse("") + ": " + status
                + metBy.map(met -> " by " + met).orElse("") + closedBy.map(closing -> ", " + closing).orElse("")
                + (intervalsMissed > 0 ? ", " + intervalsMissed + " more missed" : "")
                + cannotCompute.map(reason -> ", " + reason).orElse("")
                + shortfall.map(words -> ", " + words).orElse("");
    }
}
