package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;
import static org.duly.workflows.cases.ChildFacts.EXPECTED_DATE_OF_DELIVERY;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.timescales.Anchor;
import org.duly.timescales.Condition;
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

    private static final Event<ConferenceHeld> INITIAL_CONFERENCE = CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL));
    private static final Event<ConferenceHeld> REVIEW_CONFERENCE = CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.REVIEW));
    private static final Event<ConferenceHeld> INITIAL_CONFERENCE_WITH_A_PLAN = Event.of("the initial child protection conference",
                    ConferenceHeld.class, ConferenceHeld::date)
            .where(conferenceHeld(ConferenceKind.INITIAL)).where(WITH_A_PLAN);
    private static final Anchor PLAN_ENDS = PLAN_ENDED.where(planEnded(ChildsPlanKind.CHILD_PROTECTION));

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
                        .due(within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47))
                                .until(SECTION_47_COMPLETED.where(NO_CONFERENCE_NEEDED)))
                        .metBy(INITIAL_CONFERENCE)
                        .interpretedAs("\"If required\": owed unless the section 47 enquiry is recorded as concluding that no"
                                + " conference is needed before it is due."),
                rule("cp.pre-birth-icpc", "Pre-birth initial child protection conference")
                        .implementing("CP-3")
                        .citing(booklet("If concerns relate to an unborn, conference should be held prior to birth and"
                                + " before 28 weeks"))
                        .localStandard()
                        .due(atLeast(weeks(12)).before(dateOf(EXPECTED_DATE_OF_DELIVERY)))
                        .metBy(INITIAL_CONFERENCE.where(PRE_BIRTH))
                        .appliesWhen(Condition.withFacts("to unborn children with section 47 enquiries"
                                        + " that may need a conference",
                                (date, facts) -> facts.value(EXPECTED_DATE_OF_DELIVERY).isPresent()
                                        && facts.occurrences(StrategyDiscussion.class).stream()
                                                .anyMatch(discussion -> discussion.initiatedSection47()
                                                        && facts.value(DATE_OF_BIRTH).map(born -> discussion.date().isBefore(born))
                                                                .orElse(true)
                                                        && facts.occurrences(Section47EnquiryCompleted.class)
                                                                .stream().noneMatch(completed -> !completed.date().isBefore(discussion.date())
                                                                        && NO_CONFERENCE_NEEDED.test(completed, facts)))))
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
                        .due(atLeast(workingDays(2)).before(conference(ConferenceKind.INITIAL, "the initial conference")))
                        .metBy(REPORT_SHARED.where(reportFor(ConferenceKind.INITIAL)))
                        .interpretedAs("Counted back from the conference: the date it is held, or, before then, the date it is"
                                + " scheduled for (the latest arrangement, when it is rescheduled)."),
                rule("cp.report-review", "Report shared before a review conference")
                        .implementing("CP-6")
                        .citing(booklet("3 working days for any subsequent review"))
                        .localStandard()
                        .due(atLeast(workingDays(3)).before(conference(ConferenceKind.REVIEW, "the review conference")))
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
                        .due(within(hours(24)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47)))
                        .metBy(VISIT.where(CHILD_SEEN_ALONE))
                        .interpretedAs("The 24 hours count from the strategy discussion that initiated the enquiry, so its time"
                                + " must be recorded."),
                rule("cp.core-groups", "Core groups")
                        .implementing("CP-9", "CP-10")
                        .citing(booklet("Core Groups – Initial Core Group must take place within 10 working days of the"
                                + " initial child protection conference; then at least every 6 weeks to review the plan and its"
                                + " effectiveness"))
                        .statutory(Instrument.WORKING_TOGETHER, "core groups")
                        .due(first(within(workingDays(10)).of(INITIAL_CONFERENCE_WITH_A_PLAN)).thenEvery(weeks(6)).until(PLAN_ENDS))
                        .metBy(CORE_GROUP_MEETING)
                        .interpretedAs("Core groups follow an initial conference that made a child protection plan, and stop"
                                + " when the plan ends."),
                rule("cp.review-conferences", "Review child protection conferences")
                        .implementing("CP-11", "CP-13")
                        .citing(booklet("Review Child Protection Conferences – within 3 months of the initial child"
                                + " protection conference ... Further reviews should be held at intervals of not more than 6 months"
                                + " for as long as the child remains the subject of a Child Protection Plan."))
                        .statutory(Instrument.WORKING_TOGETHER, "review child protection conferences")
                        .due(first(within(months(3)).of(INITIAL_CONFERENCE_WITH_A_PLAN.where(Condition.of("",
                                        (ConferenceHeld held) -> !held.preBirth()))))
                                .thenEvery(months(6)).until(PLAN_ENDS))
                        .metBy(REVIEW_CONFERENCE),
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
    private static Anchor conference(ConferenceKind kind, String words) {
        return anyOf(words, CONFERENCE_HELD.where(conferenceHeld(kind)), CONFERENCE_SCHEDULED.where(scheduledNotYetHeld(kind)));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
