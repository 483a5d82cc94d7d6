package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.time.LocalDate;
import java.util.List;
import org.duly.domain.events.AssessmentCompleted;
import org.duly.domain.events.AssessmentSignedOff;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.ReferralDecision;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.StepDownTarget;
import org.duly.domain.events.SteppedDown;
import org.duly.domain.events.SteppedUp;
import org.duly.timescales.Anchor;
import org.duly.timescales.Condition;
import org.duly.timescales.Event;
import org.duly.timescales.Facts;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.Reads;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Child's Single Plan": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ChildsSinglePlanRulesTest}.
 */
final class ChildsSinglePlan {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Child's Single Plan";

    /** A child in need plan starting: the children in need rules count from it too. */
    static final Event<ChildsPlanCreated> CHILD_IN_NEED_PLAN = PLAN_CREATED.filteredBy(planCreated(ChildsPlanKind.CHILD_IN_NEED))
            .called("the start of the child in need plan");
    /** A child in need plan ending. */
    static final Event<ChildsPlanEnded> CHILD_IN_NEED_PLAN_ENDS = PLAN_ENDED.filteredBy(planEnded(ChildsPlanKind.CHILD_IN_NEED))
            .called("the end of the child in need plan").asClause("the child in need plan ends");
    /** An early help plan starting: the early help rules count from it too. */
    static final Event<ChildsPlanCreated> EARLY_HELP_PLAN = PLAN_CREATED.filteredBy(planCreated(ChildsPlanKind.EARLY_HELP))
            .called("the start of the early help plan");
    /** An early help plan ending. */
    static final Event<ChildsPlanEnded> EARLY_HELP_PLAN_ENDS = PLAN_ENDED.filteredBy(planEnded(ChildsPlanKind.EARLY_HELP))
            .called("the end of the early help plan").asClause("the early help plan ends");

    /** What {@code opensTheEarlyHelpCase} reads: closures, steps up and down, and referral decisions. */
    private static final Reads OPENS_THE_EARLY_HELP_CASE = Reads.of(CaseClosed.class, SteppedUp.class, ReferralDecision.class,
            SteppedDown.class);
    /**
     * An early help case opening: a referral decision for an early help assessment, or a step down to early help, the
     * first since the case last closed or was stepped up to social care.
     */
    private static final Anchor EARLY_HELP_CASE_OPENING = anyOf("the opening of the early help case",
            REFERRAL_DECISION.filteredBy(FOR_AN_EARLY_HELP_ASSESSMENT.and(Condition.withFacts("that opened the early help case", OPENS_THE_EARLY_HELP_CASE,
                    (decision, facts) -> opensTheEarlyHelpCase(decision.date(), facts, false))))
                    .called("the referral decision for an early help assessment that opened the early help case"),
            STEPPED_DOWN.filteredBy(Condition.withFacts("to early help, opening the early help case", OPENS_THE_EARLY_HELP_CASE,
                    (down, facts) -> down.to() == StepDownTarget.EARLY_HELP && opensTheEarlyHelpCase(down.date(), facts, true)))
                    .called("the step down to early help"));

    /**
     * Whether an early help opening on a day is the first since the case last closed or was stepped up: no earlier
     * opening since then (a step down on the day of an early help decision is the same opening).
     */
    private static boolean opensTheEarlyHelpCase(LocalDate day, Facts facts, boolean stepDown) {
        // Loops, not streams: asked of every referral decision and step down of every case.
        LocalDate lastEnded = LocalDate.MIN;
        for (CaseClosed closed : facts.occurrences(CaseClosed.class)) {
            if (!closed.date().isAfter(day) && closed.date().isAfter(lastEnded)) {
                lastEnded = closed.date();
            }
        }
        for (SteppedUp up : facts.occurrences(SteppedUp.class)) {
            if (!up.date().isAfter(day) && up.date().isAfter(lastEnded)) {
                lastEnded = up.date();
            }
        }
        for (ReferralDecision decision : facts.occurrences(ReferralDecision.class)) {
            LocalDate date = decision.date();
            if (decision.outcome() == ReferralOutcome.EARLY_HELP_ASSESSMENT && (stepDown ? !date.isAfter(day) : date.isBefore(day))
                    && openedSince(date, lastEnded)) {
                return false;
            }
        }
        for (SteppedDown down : facts.occurrences(SteppedDown.class)) {
            if (down.to() == StepDownTarget.EARLY_HELP && down.date().isBefore(day) && openedSince(down.date(), lastEnded)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an opening on a day came since the case last ended (on that day too, when it ended at all). */
    private static boolean openedSince(LocalDate date, LocalDate lastEnded) {
        return date.isAfter(lastEnded) || (date.equals(lastEnded) && !lastEnded.equals(LocalDate.MIN));
    }

    /**
     * A child in need plan that remains open for 6 months: no child in need plan ending, and no case closure, before it has
     * been open 6 months (an end on that day is the rule's own "until").
     */
    private static final Event<ChildsPlanCreated> CHILD_IN_NEED_PLAN_OPEN_6_MONTHS = CHILD_IN_NEED_PLAN.filteredBy(
            Condition.withFacts("that remains open for 6 months",
                    Reads.of(ChildsPlanEnded.class, CaseClosed.class), (ChildsPlanCreated plan, Facts facts) -> {
                LocalDate sixMonths = plan.date().plusMonths(6);
                for (ChildsPlanEnded ended : facts.occurrences(ChildsPlanEnded.class)) {
                    if (ended.kind() == ChildsPlanKind.CHILD_IN_NEED && ended.date().isAfter(plan.date()) && ended.date().isBefore(sixMonths)) {
                        return false;
                    }
                }
                for (CaseClosed closed : facts.occurrences(CaseClosed.class)) {
                    if (closed.date().isAfter(plan.date()) && closed.date().isBefore(sixMonths)) {
                        return false;
                    }
                }
                return true;
            })).called("the start of the child in need plan");

    /** A child in need plan for ordinary review, every 6 weeks. */
    private static final Event<ChildsPlanCreated> CHILD_IN_NEED_PLAN_REVIEWED_6_WEEKLY = CHILD_IN_NEED_PLAN.filteredBy(Condition.of(
            "not acknowledging longer term disability support", plan -> !plan.longTermDisabilitySupport())).called("the start of the child in need plan");
    /** A stable Children's Disabilities Services plan acknowledging the need for longer term support. */
    private static final Event<ChildsPlanCreated> LONG_TERM_DISABILITY_PLAN = CHILD_IN_NEED_PLAN.filteredBy(Condition.of(
            "acknowledging longer term disability support", ChildsPlanCreated::longTermDisabilitySupport))
            .called("the start of a child in need plan acknowledging longer term disability support");

    /**
     * The assessment's full sign-off and sharing with the family, when the case records no separate completion: the
     * first shared sign-off of the assessment (from its referral decision to the next), when no assessment of the same
     * kind is recorded as completed in that time.
     */
    private static final Event<AssessmentSignedOff> SIGNED_OFF_WITHOUT_A_SEPARATE_COMPLETION = ASSESSMENT_SIGNED_OFF
            .filteredBy(Condition.withFacts("with no separate completion recorded",
                    Reads.of(ReferralDecision.class, AssessmentCompleted.class, AssessmentSignedOff.class), ChildsSinglePlan::theCompletion))
            .called("the assessment signed off and shared with the family");

    private ChildsSinglePlan() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("plan.developed", "Child's plan developed")
                        .implementing("PLAN-1", "CIN-5")
                        .citing(booklet("Should be developed, together with the family and involved professionals,"
                                + " within 10 working days of the assessment being completed or Initial Child Protection Conference"))
                        .localStandard()
                        .due(within(workingDays(10)).of(anyOf("the completion of the assessment or the initial child protection"
                                + " conference", ASSESSMENT_COMPLETED, SIGNED_OFF_WITHOUT_A_SEPARATE_COMPLETION,
                                        ChildProtection.INITIAL_CONFERENCE))
                                .until(anyOf("the closure of the case or a step down", "the case closes or steps down", CASE_CLOSED, STEPPED_DOWN))
                                .dischargedBy(ASSESSMENT_COMPLETED.filteredBy(CONCLUDING_NO_PLAN_IS_NEEDED)
                                        .called("the assessment concluding that no plan is needed")
                                        .asClause("the assessment concludes that no plan is needed")))
                        .metBy(PLAN_CREATED)
                        .interpretedAs("The booklet says \"if needed\": a plan is expected after every completed assessment and"
                                + " initial conference, unless the assessment is recorded as concluding that no plan is needed"
                                + " (such as no further action: not required), or the case closes or steps down before it is due.")
                        .interpretedAs("\"The assessment being completed\" is its completion when the case records one;"
                                + " otherwise its full sign-off and sharing with the family, which is when the booklet says an"
                                + " assessment is complete (EHSA-4, CIN-4): the first shared sign-off counts, an unshared one"
                                + " does not."),
                rule("plan.cin-reviewed", "Child in need plan reviewed")
                        .implementing("PLAN-2", "CIN-6")
                        .citing(booklet("Should be reviewed at least every 6 weeks at the appropriate multiagency meeting"
                                + " (TAF, CIN meeting or Core Group)."))
                        .localStandard()
                        .due(first(within(weeks(6)).of(CHILD_IN_NEED_PLAN_REVIEWED_6_WEEKLY))
                                .thenEvery(weeks(6))
                                .until(CHILD_IN_NEED_PLAN_ENDS))
                        .metBy(CHILD_IN_NEED_PLAN_REVIEW)
                        .interpretedAs("Every child in need plan except one recorded as acknowledging the need for longer term"
                                + " disability support, whose reviews are plan.cin-disability-reviewed.")
                        .interpretedAs("Child protection plans are reviewed at core groups: see cp.core-groups."),
                rule("plan.cin-disability-reviewed", "Child in need plan reviewed: longer term disability support")
                        .implementing("PLAN-2", "CIN-6")
                        .citing(booklet("The exception to these 6 weekly plan reviews is those stable cases within Children's"
                                + " Disabilities Services where there are no safeguarding risks and the plan acknowledges the need"
                                + " for longer term support."))
                        .localStandard()
                        .due(first(within(months(3)).of(LONG_TERM_DISABILITY_PLAN))
                                .thenEvery(months(3))
                                .until(CHILD_IN_NEED_PLAN_ENDS))
                        .metBy(CHILD_IN_NEED_PLAN_REVIEW)
                        .interpretedAs("The exception's interval is the Children in Need section's \"All such plans will be"
                                + " reviewed at least every 3 months\" (CIN-6), from the start: the first review is due 3 months"
                                + " after the plan, not 6 weeks, for a plan recorded as acknowledging longer term disability"
                                + " support.")
                        .interpretedAs("The booklet's exception has three conditions: the case is stable, held by Children's"
                                + " Disabilities Services, and without safeguarding risks, and the plan acknowledges the need for"
                                + " longer term support. The case file records them as one mark on the plan, so a plan is to be"
                                + " recorded as acknowledging longer term disability support only when all three hold; any other"
                                + " child in need plan is reviewed every 6 weeks (plan.cin-reviewed)."),
                rule("plan.cin-independent-scrutiny", "Independent scrutiny of a child in need plan open 6 months")
                        .implementing("PLAN-3", "CIN-7")
                        .citing(booklet("For CIN cases, if a plan remains open for 6 months the Practice Supervisor will"
                                + " have a discussion with their Team Manger to consider if one of them should chair the multi-agency"
                                + " meeting to offer some independent scrutiny on the case"))
                        .localStandard()
                        .due(within(workingDays(10)).of(after(months(6), CHILD_IN_NEED_PLAN_OPEN_6_MONTHS)).until(CHILD_IN_NEED_PLAN_ENDS))
                        .metBy(Fulfilment.by(INDEPENDENT_SCRUTINY_DISCUSSION).orUpTo(months(1)).before())
                        .interpretedAs("\"If a plan remains open for 6 months\": the condition holds on the day the plan has been"
                                + " open 6 months, so the discussion is due within 10 working days of that day; the booklet gives"
                                + " no time after it, and 10 working days (two working weeks) is Duly's choice. Not owed if the"
                                + " plan ends before it is due.")
                        .interpretedAs("A discussion in the month before the plan reaches 6 months counts, when the plan is about"
                                + " to reach them; one held earlier is not this discussion and does not meet it."),
                rule("plan.improvement-cycle-meeting", "Weekly improvement cycle meeting")
                        .implementing("PLAN-4")
                        .citing(booklet("For CIN cases, the Practice Supervisor will chair a weekly Improvement Cycle"
                                + " Meeting with practitioners and the Team Manager where plan progress is reviewed"))
                        .localStandard()
                        .due(first(within(workingDays(5)).of(CHILD_IN_NEED_PLAN)).thenEvery(workingDays(5))
                                .until(CHILD_IN_NEED_PLAN_ENDS))
                        .metBy(IMPROVEMENT_CYCLE_MEETING)
                        .interpretedAs("The booklet describes the team's weekly meeting at which CIN plans' progress is"
                                + " reviewed. For each child it is read as: the child's plan reviewed at an improvement cycle"
                                + " meeting at least once a working week, within 5 working days of the plan or of the last"
                                + " meeting (a bank holiday moves it a day), while the child in need plan is open.")
                        .interpretedAs("A run of weeks without one is one overdue (or late) meeting that counts the further"
                                + " weeks missed, not a row for every week: the gap shows in the intervals missed and in"
                                + " timeliness without filling a caseload report."),
                rule("plan.early-help-12-months", "Early help case open 12 months: consider updating the assessment")
                        .implementing("PLAN-5")
                        .citing(booklet("For EH cases it is good practice for Senior Family Support Practitioner/"
                                + " Children's Centre Coordinator to review cases open for 12+ months to consider updating the"
                                + " assessment"))
                        .localStandard()
                        .due(between(months(12)).and(months(13)).after(EARLY_HELP_CASE_OPENING).until(STEPPED_UP))
                        .metBy(EARLY_HELP_CASE_REVIEW)
                        .interpretedAs("\"Cases open for 12+ months\": the case qualifies on the day it has been open 12 months,"
                                + " so the review is owed from that day and due within the month after it; a review held before"
                                + " the case has been open 12 months is not this review. The booklet gives no time after the 12"
                                + " months: the month is Duly's choice, so that a case reaching 12 months is reviewed promptly"
                                + " and a forgotten one shows.")
                        .interpretedAs("The booklet calls this good practice, not a requirement: Duly schedules it as a prompt"
                                + " for the Senior Family Support Practitioner or Children's Centre Coordinator, and a review not"
                                + " held shows as overdue good practice, not as a breach of a statutory duty.")
                        .interpretedAs("The booklet counts the case's time open, so the 12 months run from the day the early"
                                + " help case opened: the referral decision for an early help assessment, or a step down to"
                                + " early help, the first since the case last closed or stepped up; not from its plan, which"
                                + " comes weeks later. A further decision while the case is open starts nothing new; closing"
                                + " the case or stepping it up to social care ends it."));
    }

    private static final Event<ChildsPlanReviewed> CHILD_IN_NEED_PLAN_REVIEW = PLAN_REVIEWED
            .filteredBy(planReviewed(ChildsPlanKind.CHILD_IN_NEED)).called("the child in need plan review");

    /** Whether a sign-off is the assessment's completion: the first shared one of its episode, with no completion recorded. */
    private static boolean theCompletion(AssessmentSignedOff signedOff, Facts facts) {
        if (!signedOff.sharedWithFamily()) {
            return false;
        }
        // Its episode: from the referral decision on or before it to the next. Loops, not streams: asked of every sign-off.
        LocalDate from = LocalDate.MIN;
        LocalDate to = LocalDate.MAX;
        for (ReferralDecision decision : facts.occurrences(ReferralDecision.class)) {
            LocalDate date = decision.date();
            if (!date.isAfter(signedOff.date())) {
                from = date.isAfter(from) ? date : from;
            } else {
                to = date.isBefore(to) ? date : to;
            }
        }
        for (AssessmentCompleted completed : facts.occurrences(AssessmentCompleted.class)) {
            if (completed.kind() == signedOff.kind() && !completed.date().isBefore(from) && completed.date().isBefore(to)) {
                return false;
            }
        }
        for (AssessmentSignedOff other : facts.occurrences(AssessmentSignedOff.class)) {
            if (other.kind() == signedOff.kind() && other.sharedWithFamily() && !other.date().isBefore(from)
                    && other.date().isBefore(to)) {
                return other == signedOff;
            }
        }
        return false;
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
