package org.duly.workflows.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Policy;

/**
 * Every obligation a policy places on one subject on an evaluation date, in a deterministic order:
 * entries with a due date by that date, then by the policy's order of rules, chain and occurrence;
 * then the entries without dates (not applicable, cannot compute) in the policy's order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject the subject's id
 * @param policy the policy it was evaluated against, with its calendar
 * @param asOf the evaluation date
 * @param entries the obligations
 */
public record Schedule(String subject, Policy policy, LocalDate asOf, List<ScheduleEntry> entries) {

    /** Checks every part is present and copies the entries. */
    public Schedule {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        entries = List.copyOf(entries);
    }

    /**
     * The name of the working-day calendar the schedule was counted on: its policy's.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule.calendar()).isEqualTo("England and Wales");
     * }</pre>
     *
     * @return the calendar's name
     */
    public String calendar() {
        return policy.calendar().name();
    }

    /**
     * The entries of one rule, in order.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule.entriesOf("cp.icpc")).hasSize(1);
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return its entries
     */
    public List<ScheduleEntry> entriesOf(String ruleId) {
        return entries.stream().filter(entry -> entry.rule().id().equals(ruleId)).toList();
    }

    /**
     * The area of practice an entry's rule is filed under in the schedule's policy.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule.areaOf(schedule.entriesOf("cp.icpc").get(0))).isEqualTo(Area.of("Child Protection"));
     * }</pre>
     *
     * @param entry an entry of this schedule
     * @return its area
     */
    public Area areaOf(ScheduleEntry entry) {
        return policy.areaOf(entry.rule());
    }

    /**
     * Counts, overdue items and timeliness of this schedule.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule.summary().count(Status.OVERDUE)).isEqualTo(2);
     * }</pre>
     *
     * @return the summary
     */
    public ScheduleSummary summary() {
        return ScheduleSummary.of(List.of(this));
    }
}
