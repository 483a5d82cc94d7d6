package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Circumstances.*;
import static org.duly.workflows.vocabulary.Conditions.*;
import static org.duly.workflows.vocabulary.Links.SAME_KIND_OF_CHANGE;
import static org.duly.workflows.vocabulary.Links.SAME_PLACEMENT;

import java.time.Month;
import java.util.List;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.VisitPurpose;
import org.duly.timescales.Anchor;
import org.duly.timescales.Event;
import org.duly.timescales.Fulfilment;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Children in Care": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ChildrenInCareRulesTest}.
 */
final class ChildrenInCare {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Children in Care";

    private static final Event<BecameLookedAfter> BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS = BECAME_LOOKED_AFTER
            .filteredBy(NOT_FOR_SHORT_BREAKS).called("becoming looked after");
    private static final Anchor LEAVES_CARE = anyOf("ceasing to be looked after or the 18th birthday", CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH));
    private static final String SHORT_BREAKS = "Children looked after for a pre-planned series of short breaks (regulation 48) are outside this rule.";

    private ChildrenInCare() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("lac.visits", "Visits to a child in care")
                        .implementing("LAC-1", "LAC-2")
                        .citing(booklet("Visits: within 1 week of the start on any placement, then at intervals of no more"
                                + " than 6 weeks / 4 weekly for IFAs and private residentials"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 28")
                        .due(first(within(weeks(1)).of(PLACEMENT_STARTED))
                                .thenEvery(either(weeks(4)).when(IN_AN_IFA_OR_PRIVATE_RESIDENTIAL_PLACEMENT).otherwise(weeks(6)))
                                .until(LEAVES_CARE))
                        .metBy(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER)))
                        .interpretedAs("Each placement restarts the clock. The 4-weekly visits to IFA and private residential"
                                + " placements are Derbyshire's, stricter than regulation 28's 6 weeks; the interval is chosen by the"
                                + " placement on the day of the previous visit."),
                rule("lac.placement-planning-meeting", "Placement planning meeting")
                        .implementing("LAC-3")
                        .citing(booklet("Placement Planning Meeting: within 5 working days of the start of the placement"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 9")
                        .due(within(workingDays(5)).of(PLACEMENT_STARTED))
                        .metBy(Fulfilment.by(PLACEMENT_PLANNING_MEETING).linkedBy(SAME_PLACEMENT).orUpTo(workingDays(5)).before())
                        .interpretedAs("A meeting that names its placement meets only that placement's. Regulation 9 wants the"
                                + " placement plan before the placement where practicable: a meeting held up to 5 working days before"
                                + " the placement starts (the booklet's own 5 days, counted back) is on time; earlier than that it is"
                                + " taken as planning for something else."),
                rule("lac.care-plan", "Care plan")
                        .implementing("LAC-4")
                        .citing(booklet("Care Plan: ... completed within 10 working days of the child coming into care"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 4")
                        .due(within(workingDays(10)).of(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS).until(CEASED_LOOKED_AFTER))
                        .metBy(Fulfilment.by(CARE_PLAN_COMPLETED).orUpTo(workingDays(10)).before())
                        .interpretedAs("Regulation 4 wants the care plan before the first placement, or within 10 working days"
                                + " where that is not practicable: a plan completed up to 10 working days before the child comes"
                                + " into care (the booklet's own 10 days, counted back) is on time, never one from before a previous"
                                + " period of care ended. Ceasing to be looked after ends what is owed: missed if already due.")
                        .interpretedAs(SHORT_BREAKS),
                rule("lac.care-plan-to-iro", "Care plan paperwork available to the IRO")
                        .implementing("LAC-5")
                        .citing(booklet("This paperwork should be available for the IRO at least 3 working days before the"
                                + " Looked After Review."))
                        .localStandard()
                        .due(atLeast(workingDays(3)).before(LOOKED_AFTER_REVIEW))
                        .metBy(CARE_PLAN_AVAILABLE_TO_IRO)
                        .interpretedAs("Counted back from each looked after review held; a review is recorded once it is held,"
                                + " so this is checked after the review."),
                rule("lac.reviews", "Looked after reviews")
                        .implementing("LAC-6", "LAC-7", "LAC-8")
                        .citing(booklet("Looked After Reviews: initially within 20 working days of the child becoming looked"
                                + " after, second review within 3 months (after initial), then at least 6 monthly"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 33")
                        .due(first(within(workingDays(20)).of(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS))
                                .then(within(months(3)).ofPrevious())
                                .thenEvery(months(6))
                                .until(LEAVES_CARE))
                        .metBy(LOOKED_AFTER_REVIEW)
                        .interpretedAs("Each period of care starts a new chain; a placement move or a change of legal status does"
                                + " not. Each review counts from the date the previous one was actually held.")
                        .interpretedAs(SHORT_BREAKS),
                rule("lac.health-assessments", "Health assessments")
                        .implementing("LAC-9", "LAC-10")
                        .citing(booklet("Health Care Assessments: First assessment should be completed within 20 working"
                                + " days – ideally prior to first Looked after review, then at least annually (for children 5yrs +),"
                                + " at least 6 monthly (for children under 5yrs)"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 7")
                        .due(first(within(workingDays(20)).of(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS))
                                .thenEvery(either(months(6)).when(UNDER_FIVE).otherwise(months(12)))
                                .until(LEAVES_CARE))
                        .metBy(Fulfilment.by(HEALTH_ASSESSMENT).orUpTo(workingDays(20)).before())
                        .interpretedAs("The interval is chosen by the child's age on the day of the previous assessment: turning"
                                + " 5 changes it from the next assessment on.")
                        .interpretedAs("Regulation 7 wants the first assessment before the child is first placed where"
                                + " practicable: one done up to 20 working days before the child comes into care (the booklet's own"
                                + " 20 days, counted back) is on time, and the next counts from it.")
                        .interpretedAs(SHORT_BREAKS),
                rule("lac.pep", "First personal education plan")
                        .implementing("LAC-11")
                        .citing(booklet("Personal Education Plan (PEP): First PEP should be initiated within 10 working days"
                                + " of a child becoming looked after"))
                        .localStandard()
                        .due(within(workingDays(10)).of(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS).until(CEASED_LOOKED_AFTER))
                        .metBy(Fulfilment.by(PERSONAL_EDUCATION_PLAN).orUpTo(workingDays(10)).before())
                        .interpretedAs("\"Initiated within 10 working days\" is met by a PEP initiated before a planned admission:"
                                + " one up to 10 working days before the child comes into care (the booklet's own 10 days, counted"
                                + " back) is on time. Ceasing to be looked after ends what is owed: missed if already due.")
                        .interpretedAs(SHORT_BREAKS),
                rule("lac.pep-reviewed", "Personal education plan reviewed with each looked after review")
                        .implementing("LAC-12")
                        .citing(booklet("and reviewed in line with Looked After Reviews (if school remains the same)"))
                        .localStandard()
                        .due(by(LOOKED_AFTER_REVIEW))
                        .metBy(PERSONAL_EDUCATION_PLAN)
                        .interpretedAs("\"In line with\" is read as a PEP reviewed since the previous looked after review and by the"
                                + " day of the next."),
                rule("lac.pep-school-move", "Personal education plan after a school move")
                        .implementing("LAC-13")
                        .citing(booklet("If there is a school move there should be a PEP within 10 working days of that move"))
                        .localStandard()
                        .due(within(workingDays(10)).of(SCHOOL_MOVE.where(OF_A_CHILD_IN_CARE)))
                        .metBy(Fulfilment.by(PERSONAL_EDUCATION_PLAN).coveringEveryOpenOccurrence())
                        .interpretedAs("One PEP meets every school move before it still waiting for one: a PEP after two moves"
                                + " counts for both, late for the first when more than 10 working days after it.")
                        .interpretedAs("A PEP is a looked after child's plan: a school move owes one only when the child is looked"
                                + " after on the day of the move."),
                rule("lac.sdq-on-entry", "Strengths and difficulties questionnaire on entering care")
                        .implementing("LAC-14")
                        .citing(booklet("Strength and Difficulties Questionnaires (SDQ) (for all children 4-17) are sent out"
                                + " by business services to carers / education provision and the young person (if 11 or above) when a"
                                + " child enters care"))
                        .localStandard()
                        .due(immediately().on(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS.where(AGED_4_TO_17_ON_THE_DAY)))
                        .metBy(SDQ)
                        .interpretedAs("The booklet sets no time for the return: Duly counts the questionnaire as due the day the"
                                + " child enters care, so a later record shows as met late.")
                        .interpretedAs("Owed for a child aged 4 to 17 on the day they enter care."),
                rule("lac.sdq-twice-yearly", "Strengths and difficulties questionnaires each May and November")
                        .implementing("LAC-14")
                        .citing(booklet("then twice yearly (May and November)"))
                        .localStandard()
                        .due(inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS).until(LEAVES_CARE)
                                .when(AGED_4_TO_17))
                        .metBy(SDQ)
                        .interpretedAs("A May or November counts when the child is aged 4 to 17 on its last day."),
                rule("lac.change-of-circumstances", "Change of circumstances record")
                        .implementing("LAC-15")
                        .citing(booklet("A Child's Change of Circumstances Workflow needs to be completed when a child first"
                                + " comes into care, if they move placement and / or is there is any change to their legal status"))
                        .localStandard()
                        .due(immediately().on(anyOf("coming into care, a placement move or a change of legal status",
                                BECAME_LOOKED_AFTER, PLACEMENT_STARTED, LEGAL_STATUS_CHANGED)))
                        .metBy(Fulfilment.by(CHANGE_OF_CIRCUMSTANCES).linkedBy(SAME_KIND_OF_CHANGE))
                        .interpretedAs("No time is given: due on the day of the change. A record meets the change its reason"
                                + " names (coming into care, a placement move, a change of legal status), never another. Changes on"
                                + " one day need one record, its reason the first of these."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
