package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.cases.ChildFacts.EXPECTED_DATE_OF_DELIVERY;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.Applicabilities.*;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.timescales.Anchor;
import org.duly.timescales.Event;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Child Protection": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ChildProtectionRulesTest}.
 */
final class ChildProtection {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Child Protection";

    /** An initial child protection conference held: the child's plan counts from it too. */
    static final Event<ConferenceHeld> INITIAL_CONFERENCE = CONFERENCE_HELD.filteredBy(conferenceHeld(ConferenceKind.INITIAL))
            .called("the initial child protection conference");
    private static final Event<ConferenceHeld> REVIEW_CONFERENCE = CONFERENCE_HELD.filteredBy(conferenceHeld(ConferenceKind.REVIEW))
            .called("the review child protection conference");
    /** Core groups and reviews follow an initial conference that made a plan; the booklet calls it the initial conference. */
    private static final Event<ConferenceHeld> INITIAL_CONFERENCE_WITH_A_PLAN = INITIAL_CONFERENCE.filteredBy(WITH_A_PLAN)
            .called("the initial child protection conference");
    /** The strategy discussion at which section 47 enquiries were initiated: one per enquiry, not a reconvened one. */
    private static final Event<StrategyDiscussion> ENQUIRY_INITIATED = STRATEGY_DISCUSSION.where(STARTED_A_SECTION_47_ENQUIRY);
    private static final Event<Section47EnquiryCompleted> NO_CONFERENCE_NEEDED_AFTER_ALL = SECTION_47_COMPLETED
            .filteredBy(NO_CONFERENCE_NEEDED).called("the section 47 enquiry concluding that no conference is needed");
    private static final Anchor PLAN_ENDS = PLAN_ENDED.filteredBy(planEnded(ChildsPlanKind.CHILD_PROTECTION))
            .called("the child protection plan ending");

    private ChildProtection() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("cp.strategy-discussion", "Strategy discussion")
                        .implementing("CP-1")
                        .citing(booklet("Where it is considered that a child may be suffering or be at risk of suffering"
                                + " significant harm a strategy discussion meeting should take place as soon as possible, but within"
                                + " 24 hours"))
                        .localStandard()
                        .due(within(hours(24)).of(SIGNIFICANT_HARM_CONCERN))
                        .metBy(STRATEGY_DISCUSSION)
                        .interpretedAs("24 elapsed hours from the time the concern was recorded, in Europe/London: across a clock"
                                + " change that is not the same time the next day."),
                rule("cp.icpc", "Initial child protection conference")
                        .implementing("CP-2")
                        .citing(booklet("If an Initial Child Protection Conference (ICPC) is required, this should take"
                                + " place within 15 working days of the strategy discussion where S47 enquiries were initiated"))
                        .statutory(Instrument.WORKING_TOGETHER, "initial child protection conferences")
                        .due(within(workingDays(15)).of(ENQUIRY_INITIATED).dischargedBy(NO_CONFERENCE_NEEDED_AFTER_ALL))
                        .metBy(INITIAL_CONFERENCE)
                        .interpretedAs("\"If required\": not required once the section 47 enquiry is recorded as concluding that"
                                + " no conference is needed, whenever that is recorded; a late conclusion is the enquiry's own"
                                + " lateness (cp.section-47-completed), not a missed conference.")
                        .interpretedAs("One conference per enquiry, counted from the strategy discussion at which the enquiry"
                                + " was initiated: a discussion reconvened before the enquiry is completed starts no new clock."),
                rule("cp.pre-birth-icpc", "Pre-birth initial child protection conference")
                        .implementing("CP-3")
                        .citing(booklet("If concerns relate to an unborn, conference should be held prior to birth and"
                                + " before 28 weeks"))
                        .localStandard()
                        .due(atLeast(weeks(12)).before(dateOf(EXPECTED_DATE_OF_DELIVERY)))
                        .metBy(INITIAL_CONFERENCE.where(PRE_BIRTH))
                        .appliesWhen(UNBORN_CHILDREN_WHO_MAY_NEED_A_CONFERENCE)
                        .interpretedAs("\"Before 28 weeks\" is read as 28 weeks of gestation: 12 weeks before the expected date"
                                + " of delivery (a 40-week term), which is also before the birth.")
                        .interpretedAs("As for cp.icpc, \"if required\": not owed once the section 47 enquiry is recorded as"
                                + " concluding that no conference is needed."),
                rule("cp.section-47-completed", "Section 47 enquiry completed")
                        .implementing("CP-4")
                        .citing(booklet("All S47 Enquiries should be completed within a maximum of 15 working days"))
                        .localStandard()
                        .due(within(workingDays(15)).of(SECTION_47_STARTED))
                        .metBy(SECTION_47_COMPLETED),
                rule("cp.report-initial", "Report shared before an initial conference")
                        .implementing("CP-5")
                        .citing(booklet("the Social Worker's report for ICPC which needs to be shared in advance with"
                                + " parents prior to the conference - minimum of 2 working days for an initial conference"))
                        .localStandard()
                        .due(atLeast(workingDays(2)).before(heldOrScheduled(INITIAL_CONFERENCE, ConferenceKind.INITIAL, "the initial conference")))
                        .metBy(REPORT_SHARED.where(reportFor(ConferenceKind.INITIAL)))
                        .interpretedAs("Counted back from the conference: the date it is held, or, before then, the date it is"
                                + " scheduled for (the latest arrangement, when it is rescheduled)."),
                rule("cp.report-review", "Report shared before a review conference")
                        .implementing("CP-6")
                        .citing(booklet("3 working days for any subsequent review"))
                        .localStandard()
                        .due(atLeast(workingDays(3)).before(heldOrScheduled(REVIEW_CONFERENCE, ConferenceKind.REVIEW, "the review conference")))
                        .metBy(REPORT_SHARED.where(reportFor(ConferenceKind.REVIEW))),
                rule("cp.management-oversight", "Management oversight of a section 47 enquiry")
                        .implementing("CP-7")
                        .citing(booklet("Management oversight (within the S47 Workflow) must be completed within 7 working"
                                + " days from the start of the S47 enquiry"))
                        .localStandard()
                        .due(within(workingDays(7)).of(SECTION_47_STARTED))
                        .metBy(SECTION_47_MANAGEMENT_OVERSIGHT),
                rule("cp.seen-alone", "Child seen and spoken to alone in a section 47 enquiry")
                        .implementing("CP-8")
                        .citing(booklet("Visits – within a S47 the child needs to be seen and spoken to (alone) as soon as"
                                + " possible, within 24 hours"))
                        .localStandard()
                        .due(within(hours(24)).of(ENQUIRY_INITIATED))
                        .metBy(VISIT.where(CHILD_SEEN_ALONE))
                        .interpretedAs("The 24 hours count from the strategy discussion that initiated the enquiry, so its time"
                                + " must be recorded; a reconvened discussion in the same enquiry starts no new 24 hours."),
                rule("cp.core-groups", "Core groups")
                        .implementing("CP-9", "CP-10")
                        .citing(booklet("Core Groups – Initial Core Group must take place within 10 working days of the"
                                + " initial child protection conference; then at least every 6 weeks to review the plan and its"
                                + " effectiveness"))
                        .statutory(Instrument.WORKING_TOGETHER, "core groups")
                        .due(first(within(workingDays(10)).of(INITIAL_CONFERENCE_WITH_A_PLAN)).thenEvery(weeks(6)).until(PLAN_ENDS))
                        .metBy(CORE_GROUP_MEETING)
                        .interpretedAs("Core groups follow an initial conference that made a child protection plan, and stop"
                                + " when the plan ends.")
                        .interpretedAs("They count from the conference also when the plan is recorded on a later day (before"
                                + " any later initial conference), as plans often are."),
                rule("cp.review-conferences", "Review child protection conferences")
                        .implementing("CP-11", "CP-13")
                        .citing(booklet("Review Child Protection Conferences – within 3 months of the initial child"
                                + " protection conference ... Further reviews should be held at intervals of not more than 6 months"
                                + " for as long as the child remains the subject of a Child Protection Plan."))
                        .statutory(Instrument.WORKING_TOGETHER, "review child protection conferences")
                        .due(first(within(months(3)).of(INITIAL_CONFERENCE_WITH_A_PLAN.where(AFTER_THE_BIRTH)))
                                .thenEvery(months(6)).until(PLAN_ENDS))
                        .metBy(REVIEW_CONFERENCE)
                        .interpretedAs("The first review counts from the initial conference that made the plan, also when the"
                                + " plan is recorded on a later day."),
                rule("cp.pre-birth-review-conferences", "Review conferences after a pre-birth conference")
                        .implementing("CP-12", "CP-13")
                        .citing(booklet("if the initial conference was a pre-birth conference within 1 month of the child's"
                                + " birth, or within 3 months of the initial one (whichever is sooner)"))
                        .statutory(Instrument.WORKING_TOGETHER, "review child protection conferences")
                        .due(first(soonerOf(within(months(1)).of(BIRTH.where(AFTER_A_PRE_BIRTH_PLAN)),
                                        within(months(3)).of(INITIAL_CONFERENCE_WITH_A_PLAN.where(PRE_BIRTH))))
                                .thenEvery(months(6)).until(PLAN_ENDS))
                        .metBy(REVIEW_CONFERENCE)
                        .interpretedAs("Until the birth, the first review is due 3 months after the pre-birth conference; the"
                                + " birth can bring it forward. A birth counts only after a pre-birth conference that made a plan."));
    }


    /** A conference of a kind: when it was held, or, until then, when it is scheduled for. */
    private static Anchor heldOrScheduled(Event<ConferenceHeld> held, ConferenceKind kind, String words) {
        return anyOf(words, held, CONFERENCE_SCHEDULED.filteredBy(scheduledNotYetHeld(kind)).called(held.inWords() + " scheduled"));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
