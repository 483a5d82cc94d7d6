package org.duly.workflows.engine;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.Explanation;
import org.duly.timescales.MetBy;
import org.duly.timescales.Status;
import org.duly.workflows.policy.Rule;

/**
 * One obligation in a schedule: the rule, which occurrence, its window and due date, its status on
 * the evaluation date, what met it, and why its dates are what they are. A rule that does not apply,
 * or cannot be computed, has one entry saying why and no dates.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule, in the version in force when the clock started
 * @param ruleInForceFrom the date that version came into force, if it has one
 * @param chain which run of the rule, from 1 (each period of care starts a new chain of reviews)
 * @param occurrence which occurrence within the chain, from 1
 * @param clockStartedOn the date the clock started, if one did
 * @param windowStart the earliest date it can be met, when the timescale has one
 * @param due the date it is due by
 * @param dueAt the moment it is due by, for rules in hours
 * @param target the ideal date, for "ideally P, at most Q"
 * @param status where it stands on the evaluation date
 * @param metBy what met it
 * @param reason for NOT_APPLICABLE and CANNOT_COMPUTE, why; otherwise empty
 * @param explanation why the dates are what they are
 */
public record ScheduleEntry(
        Rule rule, Optional<LocalDate> ruleInForceFrom, int chain, int occurrence, Optional<LocalDate> clockStartedOn,
        Optional<LocalDate> windowStart, Optional<LocalDate> due, Optional<ZonedDateTime> dueAt, Optional<LocalDate> target,
        Status status, Optional<MetBy> metBy, Optional<String> reason, Optional<Explanation> explanation) {

    /** Checks every part is present. */
    public ScheduleEntry {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleInForceFrom, "ruleInForceFrom");
        Objects.requireNonNull(clockStartedOn, "clockStartedOn");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(metBy, "metBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Whether the due date depends on bank holidays not yet published.
     *
     * @return true if provisional
     */
    public boolean provisional() {
        return explanation.map(Explanation::provisional).orElse(false);
    }

    /**
     * How many days past its due date an overdue obligation is on a date; 0 when it is not overdue.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(entry.daysOverdue(LocalDate.parse("2024-04-10"))).isEqualTo(2);
     * }</pre>
     *
     * @param asOf the date
     * @return the days overdue
     */
    public long daysOverdue(LocalDate asOf) {
        return status == Status.OVERDUE ? due.map(date -> Math.max(0, ChronoUnit.DAYS.between(date, asOf))).orElse(0L) : 0L;
    }

    /**
     * The explanation in plain English, or the reason there are no dates.
     *
     * @return the explanation in words
     */
    public String explanationInEnglish() {
        return explanation.map(Explanation::inEnglish).orElse(reason.orElse(""))
                + (explanation.isPresent() && reason.isPresent() ? "; " + reason.get() : "");
    }

    /**
     * The entry in one line: "cp.icpc #1 due 2024-04-08: MET by the initial conference on 2024-04-04".
     *
     * @return the entry in words
     */
    @Override
    public String toString() {
        return rule.id() + " #" + (chain > 1 ? chain + "." : "") + occurrence
                + due.map(date -> " due " + date).orElse("") + ": " + status
                + metBy.map(met -> " by " + met).orElse("") + reason.map(r -> " (" + r + ")").orElse("");
    }
}
