package org.duly.examples.policyauthors;

import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.vocabulary.CaseEvents.PLACEMENT_STARTED;
import static org.duly.workflows.vocabulary.CaseEvents.VISIT;
import static org.duly.workflows.vocabulary.Conditions.CHILD_SEEN_ALONE;
import static org.duly.workflows.vocabulary.Conditions.childSeenFor;
import static org.duly.workflows.vocabulary.Conditions.placementOfType;
import static org.duly.workflows.policy.Rules.rule;

import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.VisitPurpose;
import org.duly.timescales.Condition;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;

/**
 * Example 1, a local rule: Anytown's own standard for a child who moves to a private children's
 * home, written with the rule DSL from the catalogue's events and conditions.
 *
 * <p><b>What the booklet says</b> (Anytown Council Children's Social Care Practice Standards,
 * Children in Care): "When a child moves to a private children's home, the social worker will visit
 * within 5 working days of the move and see the child alone".
 *
 * <p><b>How the rule reads</b>: one clause per part of the sentence, in a fixed order (id and title,
 * spec id, citation, basis, timescale, what meets it), so a rule missing a part does not compile:
 * {@code due(within(workingDays(5)).of(PLACEMENT_STARTED.where(IN_A_PRIVATE_CHILDRENS_HOME)))
 * .metBy(VISIT.where(childSeenFor(LOOKED_AFTER)).where(CHILD_SEEN_ALONE))}. The events
 * ({@code PLACEMENT_STARTED}, {@code VISIT}) and most conditions come from the catalogue
 * ({@code CaseEvents}, {@code Conditions}). Every condition carries words, because the words are what
 * the rule prints; where Anytown's booklet words one differently from the catalogue, {@code as(...)}
 * gives it Anytown's words and keeps its test.
 *
 * <p><b>What it prints</b>: "Visit after a move to a private children's home: within 5 working days
 * of the start of the placement in a private children's home". The move's own day is day 0, also on a
 * weekend; weekends and bank holidays are not counted: a move on Tuesday 26 March 2024 is due a visit
 * by Thursday 4 April, after Good Friday and Easter Monday. Every move to a private children's home
 * starts its own clock; moves to other placements start none.
 */
public final class PrivateChildrensHomeVisit {

    /**
     * A placement in a private children's home: the catalogue's {@code placementOfType} says "in a
     * private residential home"; these are Anytown's words for it.
     */
    public static final Condition<PlacementStarted> IN_A_PRIVATE_CHILDRENS_HOME =
            placementOfType(PlacementType.PRIVATE_RESIDENTIAL).as("in a private children's home");

    /** Anytown's rule, as its booklet words it. */
    public static final Rule VISIT_AFTER_A_MOVE = rule("anytown.private-home-visit", "Visit after a move to a private children's home")
            .implementing("LAC-ANYTOWN-1")
            .citing(AnytownCouncil.practiceStandards("Children in Care", "When a child moves to a private children's home, the"
                    + " social worker will visit within 5 working days of the move and see the child alone"))
            .localStandard()
            .due(within(workingDays(5)).of(PLACEMENT_STARTED.where(IN_A_PRIVATE_CHILDRENS_HOME)))
            .metBy(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER)).where(CHILD_SEEN_ALONE))
            .interpretedAs("Only a visit for the child in care at which the child was seen alone counts.");

    private static final Policy POLICY = Policy.builder(AnytownCouncil.POLICY_NAME, "2024-01").rule(VISIT_AFTER_A_MOVE).build();

    private PrivateChildrensHomeVisit() {
    }

    /**
     * Anytown's policy with this one rule, to evaluate it on its own.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = ChildCase.child("EX-1").bornOn("2011-02-14")
     *     .becameLookedAfter("2024-03-04", LegalStatus.SECTION_20)
     *     .placement("2024-03-26", PlacementType.PRIVATE_RESIDENTIAL)
     *     .schedule("2024-04-05", PrivateChildrensHomeVisit.policy());
     * assertThat(schedule).obligation("anytown.private-home-visit").isDueOn("2024-04-04").isOverdue();
     * }</pre>
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }
}
