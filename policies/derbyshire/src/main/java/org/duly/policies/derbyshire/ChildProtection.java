package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;
import static org.duly.workflows.cases.ChildFacts.EXPECTED_DATE_OF_DELIVERY;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.Applicabilities.*;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.NotSpokenToAloneReason;
import org.duly.domain.events.ConferenceScheduled;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.Section47EnquiryStarted;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.Visit;
import org.duly.timescales.Anchor;
import org.duly.timescales.Condition;
import org.duly.timescales.Event;
import org.duly.timescales.Facts;
import org.duly.timescales.Reads;
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
            .filteredBy(NO_CONFERENCE_NEEDED).called("the section 47 enquiry concluding that no conference is needed")
            .asClause("the section 47 enquiry concludes that no conference is needed");
    private static final Anchor PLAN_ENDS = PLAN_ENDED.filteredBy(planEnded(ChildsPlanKind.CHILD_PROTECTION))
            .called("the end of the child protection plan").asClause("the child protection plan ends");

    /** The enquiry's strategy discussion about an unborn child: before the birth, an expected date of delivery known. */
    private static final Condition<StrategyDiscussion> ABOUT_AN_UNBORN_CHILD = Condition.withFacts("before the birth",
            Reads.of(EXPECTED_DATE_OF_DELIVERY, DATE_OF_BIRTH),
            (discussion, facts) -> facts.value(EXPECTED_DATE_OF_DELIVERY).isPresent()
                    && facts.value(DATE_OF_BIRTH).map(born -> discussion.date().isBefore(born)).orElse(true));
    /** The strategy discussion that initiated the enquiry, about a child already born: one who can be seen and spoken to. */
    private static final Event<StrategyDiscussion> ENQUIRY_INITIATED_AFTER_THE_BIRTH = ENQUIRY_INITIATED
            .filteredBy(ABOUT_AN_UNBORN_CHILD.negate("about a child already born"))
            .called("the strategy discussion that initiated section 47 enquiries");
    /** The strategy discussion that initiated the enquiry, before the birth: the pre-birth conference's clock starts there. */
    private static final Event<StrategyDiscussion> ENQUIRY_INITIATED_BEFORE_THE_BIRTH = ENQUIRY_INITIATED
            .filteredBy(ABOUT_AN_UNBORN_CHILD).called("the strategy discussion that initiated section 47 enquiries before the birth");
    /** A visit that saw the child alone, or saw a baby too young to be spoken to, as the visit records. */
    private static final Condition<Visit> SEEN_ALONE_OR_TOO_YOUNG_TO_SPEAK = Condition.of(
            "at which the child was seen alone, or seen and too young to be spoken to", visit -> visit.seenAlone()
                    || (visit.childSeen() && visit.notSpokenToAloneBecause().filter(NotSpokenToAloneReason.PRE_VERBAL::equals).isPresent()));

    /** What {@code enquiryStartedBy} reads: the enquiries started. */
    private static final Reads ENQUIRY_STARTED_BY = Reads.of(Section47EnquiryStarted.class);
    /**
     * The initial conference of an enquiry already started, held or, until then, scheduled: its report date can bring the
     * enquiry's own due date forward. A conference with no enquiry recorded as started owes no enquiry.
     */
    private static final Anchor CONFERENCE_AFTER_THE_ENQUIRY_STARTED = anyOf("the initial conference",
            INITIAL_CONFERENCE.filteredBy(Condition.withFacts("after the enquiry started", ENQUIRY_STARTED_BY,
                    (ConferenceHeld held, Facts facts) -> enquiryStartedBy(held.date(), facts))).called("the initial conference"),
            CONFERENCE_SCHEDULED.filteredBy(Condition.withFacts("not yet held, after the enquiry started",
                            scheduledNotYetHeld(ConferenceKind.INITIAL).reads().and(ENQUIRY_STARTED_BY),
                            (ConferenceScheduled scheduled, Facts facts) -> scheduledNotYetHeld(ConferenceKind.INITIAL)
                                    .test(scheduled, facts) && enquiryStartedBy(scheduled.date(), facts)))
                    .called("the initial conference scheduled"));

    /** A conference after the birth that agreed a visiting pattern for the child: the visits run from it. */
    private static final Event<ConferenceHeld> CONFERENCE_AGREEING_A_VISITING_PATTERN = CONFERENCE_HELD.filteredBy(
            Condition.of("that agreed a visiting pattern, after the birth",
                    held -> held.visitingIntervalDays().isPresent() && !held.preBirth()))
            .called("the child protection conference that agreed the visiting pattern");

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
                        .due(laterOf(atLeast(days(85)).before(dateOf(EXPECTED_DATE_OF_DELIVERY)),
                                        within(workingDays(15)).of(ENQUIRY_INITIATED_BEFORE_THE_BIRTH))
                                .until(BIRTH))
                        .metBy(INITIAL_CONFERENCE.where(PRE_BIRTH))
                        .appliesWhen(UNBORN_CHILDREN_WHO_MAY_NEED_A_CONFERENCE)
                        .interpretedAs("\"Before 28 weeks\" is read as before 28 weeks of gestation. A pregnancy reaches 28 weeks"
                                + " (28+0) 12 weeks before the expected date of delivery (a 40-week term); on that day it is no"
                                + " longer before 28 weeks, so the last day on time is the day before, 27+6: 12 weeks and a day,"
                                + " 85 days, before the expected date of delivery. That is also before the birth.")
                        .interpretedAs("The clock starts at the strategy discussion that initiated the enquiry, and the version of"
                                + " the rule in force then applies. When the enquiry begins too late for 28 weeks (a late booking),"
                                + " the conference is due within the 15 working days of cp.icpc instead, never before the enquiry"
                                + " began: whichever of the two is later.")
                        .interpretedAs("cp.icpc's 15 working days apply to an unborn child's enquiry as well, and are not relaxed"
                                + " by this rule: this rule adds \"prior to birth and before 28 weeks\". Its \"whichever is"
                                + " later\" only keeps this rule from falling due before the enquiry began.")
                        .interpretedAs("\"Prior to birth\": a birth before the conference ends this rule: missed if it was"
                                + " already due, otherwise not required. cp.icpc still asks for the conference within its 15"
                                + " working days.")
                        .interpretedAs("As for cp.icpc, \"if required\": not owed once the section 47 enquiry is recorded as"
                                + " concluding that no conference is needed."),
                rule("cp.section-47-completed", "Section 47 enquiry completed")
                        .implementing("CP-4")
                        .citing(booklet("All S47 Enquiries should be completed within a maximum of 15 working days; sooner if"
                                + " an Initial Child Protection Conference (ICPC) is needed, as this is the Social Worker's report"
                                + " for ICPC which needs to be shared in advance with parents prior to the conference"))
                        .localStandard()
                        .due(soonerOf(within(workingDays(15)).of(SECTION_47_STARTED),
                                atLeast(workingDays(2)).before(CONFERENCE_AFTER_THE_ENQUIRY_STARTED)))
                        .metBy(SECTION_47_COMPLETED)
                        .interpretedAs("\"Sooner if an ICPC is needed\": the enquiry's conclusion is the social worker's report"
                                + " for the conference, shared at least 2 working days before it (cp.report-initial); so when an"
                                + " initial conference is held or scheduled, the enquiry is due by then if that is sooner than its"
                                + " 15 working days."),
                rule("cp.report-initial", "Report shared before an initial conference")
                        .implementing("CP-5")
                        .citing(booklet("the Social Worker's report for ICPC which needs to be shared in advance with"
                                + " parents prior to the conference - minimum of 2 working days for an initial conference"))
                        .localStandard()
                        .due(atLeast(workingDays(2)).before(heldOrScheduled(INITIAL_CONFERENCE, ConferenceKind.INITIAL, "the initial conference")))
                        .metBy(REPORT_SHARED.filteredBy(reportFor(ConferenceKind.INITIAL))
                                .called("the report shared with the parents for the initial conference"))
                        .interpretedAs("Counted back from the conference: the date it is held, or, before then, the date it is"
                                + " scheduled for (the latest arrangement, when it is rescheduled)."),
                rule("cp.report-review", "Report shared before a review conference")
                        .implementing("CP-6")
                        .citing(booklet("3 working days for any subsequent review"))
                        .localStandard()
                        .due(atLeast(workingDays(3)).before(heldOrScheduled(REVIEW_CONFERENCE, ConferenceKind.REVIEW, "the review conference")))
                        .metBy(REPORT_SHARED.filteredBy(reportFor(ConferenceKind.REVIEW))
                                .called("the report shared with the parents for the review conference")),
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
                        .due(within(hours(24)).of(ENQUIRY_INITIATED_AFTER_THE_BIRTH))
                        .metBy(VISIT.where(SEEN_ALONE_OR_TOO_YOUNG_TO_SPEAK))
                        .interpretedAs("The 24 hours count from the strategy discussion that initiated the enquiry, so its time"
                                + " must be recorded; a reconvened discussion in the same enquiry starts no new 24 hours.")
                        .interpretedAs("An unborn child cannot be seen: no 24 hours for an enquiry begun before the birth. A baby"
                                + " too young to talk is seen but cannot be spoken to: a visit that saw the child and records"
                                + " the child as pre-verbal meets it. A child who declined to speak alone has not yet been"
                                + " spoken to alone."),
                rule("cp.interim-safety-plan", "Interim safety plan")
                        .implementing("CP-14")
                        .citing(booklet("In all cases where it is considered that the child is at risk of significant harm,"
                                + " any imminent risks to the child should be immediately addressed and an interim safety plan put"
                                + " in place, until the more comprehensive multi-agency child protection plan is in place"))
                        .localStandard()
                        .due(immediately().on(ENQUIRY_INITIATED))
                        .metBy(INTERIM_SAFETY_PLAN)
                        .interpretedAs("\"Where it is considered that the child is at risk of significant harm\": counted from the"
                                + " strategy discussion that initiated section 47 enquiries, when that is decided (\"an interim"
                                + " safety plan will be put in place during these enquiries\"). \"Immediately\" is the same day,"
                                + " a weekend or bank holiday included: imminent risk to a child is not office work that waits"
                                + " for Monday. A reconvened discussion in the same enquiry starts no new clock."),
                rule("cp.visits", "Child protection visits at the agreed pattern")
                        .implementing("CP-15")
                        .citing(booklet("The visiting pattern for a child will be agreed at the initial/review child protection"
                                + " conference, reflecting the current level of risk to the child"))
                        .localStandard()
                        .due(first(asDirectedBy(CONFERENCE_AGREEING_A_VISITING_PATTERN, "the end of the first interval of the visiting pattern",
                                        held -> held.visitingIntervalDays().map(days -> held.date().plusDays(days))))
                                .thenEvery(intervalSetBy("as often as the visiting pattern agreed at the latest conference sets"
                                        + " (its days between visits)", Reads.of(ConferenceHeld.class), ChildProtection::visitingPatternInForce))
                                .until(PLAN_ENDS))
                        .metBy(VISIT.where(CHILD_SEEN_BY_A_SOCIAL_WORKER))
                        .interpretedAs("The conference records the pattern it agreed as the most days between visits (7 for"
                                + " weekly): the first visit is due within that many days of the conference, then each within"
                                + " that many days of the last, until the plan ends. A review conference that agrees a new"
                                + " pattern replaces the one before: what it had not yet made due is no longer owed, what was due"
                                + " and not done stays missed. A conference that records no pattern asks for nothing here, nor"
                                + " does a pre-birth conference: an unborn child cannot be seen, so the pattern counts from the"
                                + " first conference after the birth that records one.")
                        .interpretedAs("A visit at which a social worker saw the child meets it; seeing the child alone within a section 47"
                                + " enquiry is cp.seen-alone's."),
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
                                + " any later initial conference), as plans often are.")
                        .interpretedAs("The first core group within 10 working days of the initial conference is Working"
                                + " Together's; Working Together asks for core groups to meet regularly after that, and \"at"
                                + " least every 6 weeks\" is Derbyshire's own standard."),
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
                                + " plan is recorded on a later day.")
                        .interpretedAs("The initial conference counted from is one that was not a pre-birth conference, as"
                                + " for almost every child; the reviews after a pre-birth conference are"
                                + " cp.pre-birth-review-conferences."),
                rule("cp.pre-birth-review-conferences", "Review conferences after a pre-birth conference")
                        .implementing("CP-12", "CP-13")
                        .citing(booklet("if the initial conference was a pre-birth conference within 1 month of the child's"
                                + " birth, or within 3 months of the initial one (whichever is sooner)"))
                        .localStandard()
                        .due(first(soonerOf(within(months(1)).of(BIRTH.where(AFTER_A_PRE_BIRTH_PLAN)),
                                        within(months(3)).of(INITIAL_CONFERENCE_WITH_A_PLAN.where(PRE_BIRTH))))
                                .thenEvery(months(6)).until(PLAN_ENDS))
                        .metBy(REVIEW_CONFERENCE)
                        .interpretedAs("Until the birth, the first review is due 3 months after the pre-birth conference; the"
                                + " birth can bring it forward. A birth counts only after a pre-birth conference that made a plan.")
                        .interpretedAs("The booklet's own timescale: Working Together sets the first review within 3 months of"
                                + " the initial conference and later ones at most 6 months apart; the month after the birth is"
                                + " local procedure, so the rule as a whole is a local standard."));
    }


    /** The days between visits set by the latest conference on or before a date that agreed a visiting pattern. */
    private static java.util.Optional<org.duly.timescales.period.Period> visitingPatternInForce(java.time.LocalDate date, Facts facts) {
        return facts.occurrences(ConferenceHeld.class).stream().filter(held -> !held.date().isAfter(date))
                .filter(held -> held.visitingIntervalDays().isPresent() && !held.preBirth()).reduce((earlier, later) -> later)
                .flatMap(ConferenceHeld::visitingIntervalDays).map(days -> days(days));
    }

    private static boolean enquiryStartedBy(java.time.LocalDate day, Facts facts) {
        return facts.occurrences(Section47EnquiryStarted.class).stream().anyMatch(started -> !started.date().isAfter(day));
    }

    /** A conference of a kind: when it was held, or, until then, when it is scheduled for. */
    private static Anchor heldOrScheduled(Event<ConferenceHeld> held, ConferenceKind kind, String words) {
        return anyOf(words, held, CONFERENCE_SCHEDULED.filteredBy(scheduledNotYetHeld(kind)).called(held.inWords() + " scheduled"));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
