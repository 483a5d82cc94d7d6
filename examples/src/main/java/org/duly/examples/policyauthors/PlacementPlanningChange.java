package org.duly.examples.policyauthors;

import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.vocabulary.CaseEvents.PLACEMENT_PLANNING_MEETING;
import static org.duly.workflows.vocabulary.CaseEvents.PLACEMENT_STARTED;
import static org.duly.workflows.policy.Rules.rule;

import java.time.LocalDate;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;

/**
 * Example 3, a rule that changes on a date: from 1 April 2025 Anytown holds placement planning
 * meetings within 3 working days of a placement starting, where it used to allow 5.
 *
 * <p><b>What the booklet says</b> (Anytown Council Children's Social Care Practice Standards,
 * Children in Care): "From 1 April 2025, the placement planning meeting will be held within 3 working
 * days of the start of the placement". Before then Anytown followed Derbyshire's "within 5 working
 * days of the start of the placement".
 *
 * <p><b>How the rule reads</b>: the new version keeps the rule's id and is added with the date it
 * comes into force: {@code derive(...).override(why, WITHIN_3_WORKING_DAYS, FROM_1_APRIL_2025)}. The
 * old version stays. Which one a placement gets is decided by the day its clock started, the day the
 * placement began, not by the day the schedule is worked out: a child placed on 31 March 2025 keeps
 * 5 working days, a child placed on 1 April gets 3. Placed a day later, that child's meeting is due
 * 3 days sooner.
 *
 * <p><b>What it prints</b>: "Placement planning meeting: within 3 working days of the start of the
 * placement", and the policy records the change as "override lac.placement-planning-meeting from
 * 2025-04-01: Anytown holds placement planning meetings within 3 working days".
 */
public final class PlacementPlanningChange {

    /** The day the new version comes into force: for placements starting on or after it. */
    public static final LocalDate FROM_1_APRIL_2025 = LocalDate.of(2025, 4, 1);

    /** The version in force from 1 April 2025. */
    public static final Rule WITHIN_3_WORKING_DAYS = rule("lac.placement-planning-meeting", "Placement planning meeting")
            .implementing("LAC-3")
            .citing(AnytownCouncil.practiceStandards("Children in Care", "From 1 April 2025, the placement planning meeting"
                    + " will be held within 3 working days of the start of the placement"))
            .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 9")
            .due(within(workingDays(3)).of(PLACEMENT_STARTED))
            .metBy(PLACEMENT_PLANNING_MEETING);

    private static final Policy POLICY = DerbyshirePracticeStandards.policy()
            .derive(AnytownCouncil.POLICY_NAME, "2025-04")
            .override("Anytown holds placement planning meetings within 3 working days", WITHIN_3_WORKING_DAYS, FROM_1_APRIL_2025)
            .build();

    private PlacementPlanningChange() {
    }

    /**
     * The Derbyshire practice standards with Anytown's placement planning meetings: 5 working days
     * for placements before 1 April 2025, 3 from then on.
     *
     * <p>Example:
     * <pre>{@code
     * Policy anytown = PlacementPlanningChange.policy();
     * assertThat(anytown.ruleInForceOn("lac.placement-planning-meeting", LocalDate.parse("2025-03-31")).orElseThrow().inWords())
     *     .endsWith("within 5 working days of the start of a placement (not a short break)");
     * assertThat(anytown.ruleInForceOn("lac.placement-planning-meeting", LocalDate.parse("2025-04-01")))
     *     .contains(PlacementPlanningChange.WITHIN_3_WORKING_DAYS);
     * }</pre>
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }
}
