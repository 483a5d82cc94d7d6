package org.duly.testkit;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * Assertions on a schedule, leading to the obligations of one rule.
 *
 * <pre>{@code
 * assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08").isOverdue();
 * assertThat(schedule).obligation("lac.reviews", 2).isDueOn("2024-06-01");
 * }</pre>
 */
public final class ScheduleAssert extends AbstractAssert<ScheduleAssert, Schedule> {

    ScheduleAssert(Schedule actual) {
        super(actual, ScheduleAssert.class);
    }

    private List<ScheduleEntry> entries(String ruleId) {
        isNotNull();
        return actual.entriesOf(ruleId);
    }

    private String listing(List<ScheduleEntry> entries) {
        return entries.isEmpty() ? "none" : entries.stream().map(ScheduleEntry::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /**
     * The rule's only obligation, or its first when it has several.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isMet();
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return assertions on the obligation
     */
    public ObligationAssert obligation(String ruleId) {
        List<ScheduleEntry> entries = entries(ruleId);
        if (entries.isEmpty()) {
            failWithMessage("Expected an obligation of %s on %s but the schedule has none", ruleId, actual.asOf());
        }
        return new ObligationAssert(entries.get(0));
    }

    /**
     * The rule's n-th obligation of its first chain: the 2nd looked after review.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("lac.reviews", 2).isDueOn("2024-06-01");
     * }</pre>
     *
     * @param ruleId the rule's id
     * @param occurrence which occurrence, from 1
     * @return assertions on the obligation
     */
    public ObligationAssert obligation(String ruleId, int occurrence) {
        return obligation(ruleId, 1, occurrence);
    }

    /**
     * The rule's n-th obligation of a chain: the 1st review of the 2nd period of care.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("lac.reviews", 2, 1).isDueOn("2025-03-31");
     * }</pre>
     *
     * @param ruleId the rule's id
     * @param chain which chain, from 1
     * @param occurrence which occurrence in it, from 1
     * @return assertions on the obligation
     */
    public ObligationAssert obligation(String ruleId, int chain, int occurrence) {
        List<ScheduleEntry> entries = entries(ruleId);
        return entries.stream().filter(entry -> entry.chain() == chain && entry.occurrence() == occurrence).findFirst()
                .map(ObligationAssert::new)
                .orElseGet(() -> {
                    failWithMessage("Expected obligation %s of chain %s of %s but it has:%s", occurrence, chain, ruleId,
                            listing(entries));
                    return null;
                });
    }

    /**
     * The rule owes nothing: no obligation at all, not even a not-applicable entry.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).hasNoObligation("cp.review-conferences");
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return this
     */
    public ScheduleAssert hasNoObligation(String ruleId) {
        List<ScheduleEntry> entries = entries(ruleId);
        if (!entries.isEmpty()) {
            failWithMessage("Expected no obligation of %s but it has:%s", ruleId, listing(entries));
        }
        return this;
    }

    /**
     * The rule has this many obligations.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).hasObligations("lac.visits", 3);
     * }</pre>
     *
     * @param ruleId the rule's id
     * @param count how many
     * @return this
     */
    public ScheduleAssert hasObligations(String ruleId, int count) {
        List<ScheduleEntry> entries = entries(ruleId);
        if (entries.size() != count) {
            failWithMessage("Expected %s obligations of %s but it has %s:%s", count, ruleId, entries.size(), listing(entries));
        }
        return this;
    }

    /**
     * Nothing in the schedule is overdue.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).hasNothingOverdue();
     * }</pre>
     *
     * @return this
     */
    public ScheduleAssert hasNothingOverdue() {
        isNotNull();
        List<ScheduleEntry> overdue = actual.entries().stream().filter(entry -> entry.status() == Status.OVERDUE).toList();
        if (!overdue.isEmpty()) {
            failWithMessage("Expected nothing overdue on %s but:%s", actual.asOf(), listing(overdue));
        }
        return this;
    }
}
