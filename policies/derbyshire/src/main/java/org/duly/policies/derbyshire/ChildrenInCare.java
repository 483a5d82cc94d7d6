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
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LegalStatusChanged;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.timescales.Anchor;
import org.duly.timescales.Condition;
import org.duly.timescales.Event;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.Recurrence;
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
    private static final Anchor LEAVES_CARE = anyOf("ceasing to be looked after or the 18th birthday",
            "the child ceases to be looked after or turns 18", CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH));
    /** The booklet's words for looked after reviews, which the short break and adoption reviews replace. */
    private static final String LOOKED_AFTER_REVIEWS_WORDS = "Looked After Reviews: initially within 20 working days of the child"
            + " becoming looked after, second review within 3 months (after initial), then at least 6 monthly";
    private static final String SHORT_BREAKS = "Children looked after for a pre-planned series of short breaks (regulation 48) are outside this"
            + " rule: their short break care plan and reviews are lac.short-break-care-plan and lac.short-break-reviews.";
    /** A placement other than a short break stay (regulation 48) or a placement for adoption (Adoption Agencies Regulations 2005). */
    private static final Event<PlacementStarted> PLACEMENT_STARTED_UNDER_REGULATION_28 = PLACEMENT_STARTED
            .filteredBy(Condition.<PlacementStarted>of("not for adoption",
                    placement -> placement.placementType() != PlacementType.PLACED_FOR_ADOPTION).and(NOT_DURING_SHORT_BREAKS))
            .called("the start of a placement (not a short break or a placement for adoption)");
    /** A placement other than a short break stay. */
    private static final Event<PlacementStarted> PLACEMENT_STARTED_NOT_FOR_SHORT_BREAKS = PLACEMENT_STARTED
            .filteredBy(NOT_DURING_SHORT_BREAKS).called("the start of a placement (not a short break)");
    private static final Event<PlacementStarted> PLACED_FOR_ADOPTION = PLACEMENT_STARTED
            .where(placementOfType(PlacementType.PLACED_FOR_ADOPTION));
    private static final Event<BecameLookedAfter> FIRST_SHORT_BREAK = BECAME_LOOKED_AFTER.filteredBy(FOR_SHORT_BREAKS)
            .called("the first short break").first();
    /** Regulation 28 stops applying when the child is placed for adoption: the Adoption Agencies Regulations 2005 take over. */
    private static final Anchor LEAVES_CARE_OR_PLACED_FOR_ADOPTION = anyOf(
            "ceasing to be looked after, the 18th birthday or a placement for adoption",
            "the child ceases to be looked after, turns 18 or is placed for adoption", CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH),
            PLACED_FOR_ADOPTION);

    /** A looked after review held, or, until it is held, as scheduled: the paperwork and the PEP review count back from it. */
    private static final Anchor REVIEW_HELD_OR_SCHEDULED = anyOf("the looked after review (held, or as scheduled)", LOOKED_AFTER_REVIEW,
            LOOKED_AFTER_REVIEW_SCHEDULED.filteredBy(REVIEW_NOT_YET_HELD).called("the looked after review as scheduled"));

    /** A care order made while the child lives with a parent: a visit is due within 1 week of it (regulation 28(5)). */
    private static final Event<LegalStatusChanged> CARE_ORDER_WHILE_LIVING_WITH_A_PARENT = LEGAL_STATUS_CHANGED
            .filteredBy(Condition.<LegalStatusChanged>of("to a care order", change -> change.legalStatus() == LegalStatus.FULL_CARE_ORDER)
                    .and(LIVING_WITH_A_PARENT.onTheDateOf(LegalStatusChanged::date, "while the child lives with a parent")))
            .called("a care order made while the child lives with a parent");

    /**
     * Regulation 28's visits, its paragraphs (2) to (5), with the booklet's 4-weekly visits to IFA and private residential
     * placements: the visits and the child seen alone at them.
     */
    private static final Recurrence STATUTORY_VISITS = first(within(weeks(1)).of(anyOf(
            "the start of a placement (not a short break or a placement for adoption), or a care order made while the child lives"
                    + " with a parent", PLACEMENT_STARTED_UNDER_REGULATION_28, CARE_ORDER_WHILE_LIVING_WITH_A_PARENT)))
            .thenEvery(either(weeks(1)).when(VISITED_WEEKLY_UNTIL_ITS_FIRST_REVIEW)
                    .otherwise(either(weeks(4)).when(VISITED_FOUR_WEEKLY)
                            .otherwise(either(months(3)).when(IN_A_LONG_TERM_PLACEMENT_AFTER_ITS_FIRST_YEAR)
                                    .otherwise(weeks(6)))))
            .until(LEAVES_CARE_OR_PLACED_FOR_ADOPTION);

    /**
     * The child seen alone, or not spoken to alone for one of regulation 29's reasons the visit records: the child, of
     * sufficient age and understanding, refused; the worker judged it inappropriate given the child's age and understanding
     * (a baby too young to talk among them); or the worker was unable to.
     */
    private static final Condition<Visit> SEEN_ALONE_OR_NOT_FOR_A_REASON_OF_REGULATION_29 = CHILD_SEEN_ALONE.or(Condition.of(
            "not spoken to alone for a reason regulation 29 allows", visit -> visit.notSpokenToAloneBecause().isPresent()))
            .as("at which the child was seen alone, or not for a reason regulation 29 allows (the child refused, it was"
                    + " inappropriate for the child's age and understanding, or the worker was unable to)");

    private ChildrenInCare() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("lac.visits", "Visits to a child in care")
                        .implementing("LAC-1", "LAC-2")
                        .citing(booklet("Visits: within 1 week of the start on any placement, then at intervals of no more"
                                + " than 6 weeks / 4 weekly for IFAs and private residentials – For other exceptions see here"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 28")
                        .due(STATUTORY_VISITS)
                        .metBy(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER)))
                        .interpretedAs("Each placement restarts the clock. The 4-weekly visits to IFA and private residential"
                                + " placements are Derbyshire's, stricter than regulation 28's 6 weeks; the interval is chosen by the"
                                + " placement on the day of the previous visit.")
                        .interpretedAs("The booklet's \"other exceptions\" are read as regulation 28's: a placement with a parent"
                                + " before its assessment is complete (regulation 19) is visited at least weekly until its first"
                                + " looked after review, then at least every 6 weeks (28(3)); a connected person's temporary approval"
                                + " (regulation 24), or a child living with a parent under an interim care order, at least weekly"
                                + " until the first review, then at least every 4 weeks (28(4)); a care order made while the child"
                                + " lives with a parent owes a visit within 1 week of the order, then at least every 6 weeks (28(5)),"
                                + " the order starting the clock again as a new placement does. The case file says which placements"
                                + " these are, and the legal status says when an order is made.")
                        .interpretedAs("A placement intended to last until the child is 18 is visited at least every 3 months"
                                + " after its first year (regulation 28(2)(c)(i)): from a visit whose 6 weeks would run past the first"
                                + " anniversary, the next is due within 3 months. Not so in an IFA or private residential home: the"
                                + " booklet gives those 4-weekly visits without exception, and the stricter standard is kept, as a"
                                + " team manager would expect. The 6-monthly visits a young person in a long-term placement may ask"
                                + " for are not modelled.")
                        .interpretedAs("Not for short break stays (regulation 48: their visits follow the short break care plan) or"
                                + " a placement for adoption (lac.adoption-visits): a placement for adoption ends these visits."),
                rule("lac.seen-alone", "The child in care seen alone on statutory visits")
                        .implementing("LAC-1", "LAC-2")
                        .citing(booklet("Allocated Social Worker – Undertake Statutory Visits to the child and ensure the child is"
                                + " spoke with alone and seen in placement."))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 29")
                        .due(STATUTORY_VISITS)
                        .metBy(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER).and(SEEN_ALONE_OR_NOT_FOR_A_REASON_OF_REGULATION_29)))
                        .interpretedAs("The booklet asks that the child be spoken with alone on the statutory visits; regulation 29"
                                + " asks it unless the child, of sufficient age and understanding, refuses, the social worker thinks"
                                + " it inappropriate given the child's age and understanding, or cannot. Duly expects, as often as"
                                + " statutory visits are due (counted as lac.visits counts them), a visit at which the child was"
                                + " seen alone, or seen and recorded as not spoken to alone for one of those reasons: a baby too young"
                                + " to talk, a refusal, a judgement that it was inappropriate, or being unable to. A visit not alone"
                                + " with no reason recorded leaves this one waiting.")
                        .interpretedAs(SHORT_BREAKS),
                rule("lac.placement-planning-meeting", "Placement planning meeting")
                        .implementing("LAC-3")
                        .citing(booklet("Placement Planning Meeting: within 5 working days of the start of the placement"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 9, the placement plan")
                        .due(within(workingDays(5)).of(PLACEMENT_STARTED_NOT_FOR_SHORT_BREAKS))
                        .metBy(Fulfilment.by(PLACEMENT_PLANNING_MEETING).linkedBy(SAME_PLACEMENT).orUpTo(workingDays(5)).before())
                        .interpretedAs("Not for each short break stay: a pre-planned series of short breaks (regulation 48) is"
                                + " planned once, in its short break care plan (lac.short-break-care-plan).")
                        .interpretedAs("Regulation 9 requires the placement plan, before the placement or within 5 working days"
                                + " of it; it requires no meeting. The meeting is the booklet's means of making the plan, and its"
                                + " 5 working days are the regulation's.")
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
                        .due(atLeast(workingDays(3)).before(REVIEW_HELD_OR_SCHEDULED))
                        .metBy(CARE_PLAN_AVAILABLE_TO_IRO)
                        .interpretedAs("Counted back from each looked after review held, or, until it is held, from the date it is"
                                + " scheduled for, so the paperwork is seen coming; a review held on another day than scheduled"
                                + " counts from the day it was held."),
                rule("lac.reviews", "Looked after reviews")
                        .implementing("LAC-6", "LAC-7", "LAC-8")
                        .citing(booklet(LOOKED_AFTER_REVIEWS_WORDS))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 33")
                        .due(first(within(workingDays(20)).of(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS))
                                .then(within(months(3)).ofPrevious())
                                .thenEvery(months(6))
                                .until(LEAVES_CARE_OR_PLACED_FOR_ADOPTION))
                        .metBy(LOOKED_AFTER_REVIEW)
                        .interpretedAs("Each period of care starts a new chain; a placement move or a change of legal status does"
                                + " not. Each review counts from the date the previous one was actually held.")
                        .interpretedAs("A placement for adoption ends this chain: the child's reviews then follow regulation 36 of the"
                                + " Adoption Agencies Regulations 2005 (lac.adoption-reviews).")
                        .interpretedAs(SHORT_BREAKS),
                rule("lac.health-assessments", "Health assessments")
                        .implementing("LAC-9", "LAC-10")
                        .citing(booklet("Health Care Assessments: First assessment should be completed within 20 working"
                                + " days – ideally prior to first Looked after review, then at least annually (for children 5yrs +),"
                                + " at least 6 monthly (for children under 5yrs)"))
                        .statutory(Instrument.HEALTH_OF_LOOKED_AFTER_CHILDREN_GUIDANCE, "the first within 20 working days, then"
                                + " 6-monthly under 5 and yearly from 5; regulation 7 of the Care Planning, Placement and Case Review"
                                + " (England) Regulations 2010 wants the first before the first review")
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
                        .interpretedAs("Owed for every child in care, whatever their age, as the booklet says: \"every Child in"
                                + " Care needs to have a Health Assessment ..., SDQ Assessment and PEP\" (the booklet's Children in Care"
                                + " section). The statutory guidance (Promoting the education of looked-after children, 2018)"
                                + " asks for a PEP from early years provision; a council whose Virtual School starts PEPs at a later"
                                + " age, and has that confirmed, narrows this rule by the child's age on coming into care.")
                        .interpretedAs(SHORT_BREAKS),
                rule("lac.pep-reviewed", "Personal education plan reviewed with each looked after review")
                        .implementing("LAC-12")
                        .citing(booklet("and reviewed in line with Looked After Reviews (if school remains the same)"))
                        .localStandard()
                        .due(by(REVIEW_HELD_OR_SCHEDULED))
                        .metBy(PERSONAL_EDUCATION_PLAN)
                        .interpretedAs("\"In line with\" is read as a PEP reviewed since the previous looked after review and by the"
                                + " day of the next: the day it is held, or, until then, the day it is scheduled for, so the PEP"
                                + " review is seen coming."),
                rule("lac.iro-spoke-with-child", "The IRO speaks with the child before each looked after review")
                        .implementing("LAC-16")
                        .citing(booklet("The IRO speaks directly with the child prior to their Looked After Review"))
                        .localStandard()
                        .due(by(REVIEW_HELD_OR_SCHEDULED))
                        .metBy(IRO_SPOKE_WITH_CHILD)
                        .interpretedAs("\"Prior to their Looked After Review\" is read as since the previous review and by the"
                                + " day of the next: the day it is held, or, until then, the day it is scheduled for, so the"
                                + " conversation is seen coming, as the PEP review is (lac.pep-reviewed). A conversation on the"
                                + " morning of the review counts; one after it counts for the next review."),
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
                        .due(within(workingDays(20)).of(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS.where(AGED_4_TO_17_ON_THE_DAY)))
                        .metBy(SDQ)
                        .interpretedAs("The booklet's duty is to send the questionnaires out and sets no time for the return. Duly"
                                + " expects one back within 20 working days of the child entering care: the initial health assessment"
                                + " and the first looked after review, which the score informs, are due then (statutory guidance on"
                                + " promoting the health of looked-after children). A questionnaire returned at any time from the day the child"
                                + " enters care to that 20th working day is on time.")
                        .interpretedAs("Owed for a child aged 4 to 17 on the day they enter care; any respondent's form meets it"
                                + " (the young person's own is lac.sdq-young-person-on-entry)."),
                rule("lac.sdq-young-person-on-entry", "The young person's own strengths and difficulties questionnaire on entering care")
                        .implementing("LAC-14")
                        .citing(booklet("are sent out by business services to carers / education provision and the young person"
                                + " (if 11 or above) when a child enters care"))
                        .localStandard()
                        .due(within(workingDays(20)).of(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS.where(AGED_11_TO_17_ON_THE_DAY)))
                        .metBy(SDQ.where(BY_THE_YOUNG_PERSON))
                        .interpretedAs("A young person aged 11 to 17 completes their own questionnaire as well as the carer's and the"
                                + " school's: only theirs meets this. Returned within 20 working days, as the carer's."),
                rule("lac.sdq-young-person-twice-yearly", "The young person's own strengths and difficulties questionnaire each May and"
                        + " November")
                        .implementing("LAC-14")
                        .citing(booklet("and the young person (if 11 or above) ... then twice yearly (May and November)"))
                        .localStandard()
                        .due(inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS).until(LEAVES_CARE)
                                .when(AGED_11_TO_17))
                        .metBy(SDQ.where(BY_THE_YOUNG_PERSON))
                        .interpretedAs("A May or November counts when the young person is aged 11 to 17 on its last day; only their"
                                + " own questionnaire meets it."),
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
                        .due(within(workingDays(1)).of(anyOf("coming into care, a placement move or a change of legal status",
                                BECAME_LOOKED_AFTER_NOT_FOR_SHORT_BREAKS, PLACEMENT_STARTED_NOT_FOR_SHORT_BREAKS, LEGAL_STATUS_CHANGED)))
                        .metBy(Fulfilment.by(CHANGE_OF_CIRCUMSTANCES).linkedBy(SAME_KIND_OF_CHANGE))
                        .interpretedAs("\"When\" the change happens, with no time given: Duly expects the record by the next working"
                                + " day, so that an admission or a move at a weekend or in the evening, when the workflow cannot be"
                                + " completed, is not late. A record meets the change its reason names (coming into care, a placement"
                                + " move, a change of legal status), never another. Changes on one day need one record, its reason the"
                                + " first of these.")
                        .interpretedAs("Not for each short break stay: a pre-planned series of short breaks (regulation 48) is one"
                                + " arrangement, recorded once when it begins."),
                rule("lac.short-break-care-plan", "Short break care plan")
                        .implementing("LAC-4")
                        .citing(booklet("Care Plan: ... completed within 10 working days of the child coming into care"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulations 4 and 48")
                        .due(within(workingDays(10)).of(FIRST_SHORT_BREAK))
                        .metBy(Fulfilment.by(CARE_PLAN_COMPLETED).orUpTo(workingDays(10)).before())
                        .interpretedAs("A pre-planned series of short breaks (regulation 48) has one short break care plan, not one for"
                                + " each stay: due as the care plan is, within 10 working days of the first short break, a plan up to 10"
                                + " working days before it being on time."),
                rule("lac.short-break-reviews", "Reviews of short breaks")
                        .implementing("LAC-6", "LAC-7", "LAC-8")
                        .citing(booklet(LOOKED_AFTER_REVIEWS_WORDS))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 48")
                        .due(first(within(months(3)).of(FIRST_SHORT_BREAK)).thenEvery(months(6)).until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(LOOKED_AFTER_REVIEW)
                        .interpretedAs("Regulation 48 replaces the looked after reviews of a child on a pre-planned series of short"
                                + " breaks: the first within 3 months of the first short break, then at least every 6 months. The series"
                                + " has no recorded end, so they run to the 18th birthday or the case's closure. The visits follow the"
                                + " short break care plan, as agreed with the IRO and the parents: not modelled, so no visit is expected"
                                + " for each stay."),
                rule("lac.adoption-visits", "Visits to a child placed for adoption")
                        .implementing("LAC-1", "LAC-2")
                        .citing(booklet("Visits: within 1 week of the start on any placement ... For other exceptions see here"))
                        .statutory(Instrument.ADOPTION_AGENCIES_REGULATIONS_2005, "regulation 36")
                        .due(first(within(weeks(1)).of(PLACED_FOR_ADOPTION)).thenEvery(weeks(1))
                                .until(anyOf("the first review, the adoption order or ceasing to be looked after",
                                        "the first review is held, the adoption order is made or the child ceases to be looked after",
                                        LOOKED_AFTER_REVIEW,
                                        ADOPTION_ORDER, CEASED_LOOKED_AFTER)))
                        .metBy(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER)))
                        .interpretedAs("A child placed for adoption is visited under the Adoption Agencies Regulations 2005, not"
                                + " regulation 28: within 1 week of the placement, then at least weekly until the first review. After"
                                + " it, visits are as the agency decides at each review: not recorded, so not expected."),
                rule("lac.adoption-reviews", "Reviews of a child placed for adoption")
                        .implementing("LAC-6", "LAC-7", "LAC-8")
                        .citing(booklet(LOOKED_AFTER_REVIEWS_WORDS))
                        .statutory(Instrument.ADOPTION_AGENCIES_REGULATIONS_2005, "regulation 36")
                        .due(first(within(weeks(4)).of(PLACED_FOR_ADOPTION)).then(within(months(3)).ofPrevious()).thenEvery(months(6))
                                .until(anyOf("the adoption order or ceasing to be looked after",
                                        "the adoption order is made or the child ceases to be looked after", ADOPTION_ORDER, CEASED_LOOKED_AFTER)))
                        .metBy(LOOKED_AFTER_REVIEW)
                        .interpretedAs("Regulation 36 of the Adoption Agencies Regulations 2005: the first review within 4 weeks of"
                                + " the placement for adoption, the second within 3 months of the first review, then at least every 6 months, until"
                                + " the adoption order. A looked after review held then is the adoption review."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
