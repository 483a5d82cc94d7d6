package org.duly.examples.policyauthors;

import static org.duly.timescales.Timescales.first;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.weeks;
import static org.duly.workflows.vocabulary.CaseEvents.PLACEMENT_STARTED;
import static org.duly.workflows.vocabulary.CaseEvents.VISIT;
import static org.duly.workflows.vocabulary.Conditions.childSeenFor;
import static org.duly.workflows.policy.Rules.rule;

import org.duly.domain.events.VisitPurpose;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;

/**
 * Example 2, overriding one rule of a catalogue: Anytown adopts the Derbyshire practice standards
 * whole, except that it visits every child in care at least every 4 weeks.
 *
 * <p><b>What the booklet says</b> (Anytown Council Children's Social Care Practice Standards,
 * Children in Care): "Visits: within 1 week of the start of any placement, then at least every 4
 * weeks, whatever the type of placement". Derbyshire's booklet visits every 4 weeks only in
 * independent fostering agency and private residential placements, and every 6 weeks elsewhere.
 *
 * <p><b>How the rule reads</b>: the rule keeps Derbyshire's id, {@code lac.visits}, so that it
 * takes that rule's place; {@code due(first(within(weeks(1)).of(PLACEMENT_STARTED)).thenEvery(weeks(4))
 * .until(...))}. The policy is {@code DerbyshirePracticeStandards.policy().derive(...)
 * .override(why, VISITS).build()}: every other rule, and its place in the list, stays as it was.
 *
 * <p><b>What it prints</b>: "Visits to a child in care: first within 1 week of the start of the
 * placement, then at least every 4 weeks, until the child ceases to be looked after or turns 18";
 * and the policy records the change as "override lac.visits: Anytown visits every child in care at
 * least every 4 weeks".
 */
public final class StricterVisits {

    /** Anytown's visits rule, in place of Derbyshire's. */
    public static final Rule VISITS = rule("lac.visits", "Visits to a child in care")
            .implementing("LAC-1", "LAC-2")
            .citing(AnytownCouncil.practiceStandards("Children in Care", "Visits: within 1 week of the start of any"
                    + " placement, then at least every 4 weeks, whatever the type of placement"))
            .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 28")
            .due(first(within(weeks(1)).of(PLACEMENT_STARTED))
                    .thenEvery(weeks(4))
                    .until(AnytownCouncil.LEAVES_CARE))
            .metBy(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER)))
            .interpretedAs("Each placement restarts the clock. Stricter than regulation 28, which allows 6 weeks.");

    private static final Policy POLICY = DerbyshirePracticeStandards.policy()
            .derive(AnytownCouncil.POLICY_NAME, "2025-01")
            .override("Anytown visits every child in care at least every 4 weeks", VISITS)
            .build();

    private StricterVisits() {
    }

    /**
     * The Derbyshire practice standards with Anytown's visits rule in place of Derbyshire's.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(StricterVisits.policy().rule("lac.visits")).contains(StricterVisits.VISITS);
     * assertThat(StricterVisits.policy().changes())
     *     .containsExactly("override lac.visits: Anytown visits every child in care at least every 4 weeks");
     * }</pre>
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }
}
