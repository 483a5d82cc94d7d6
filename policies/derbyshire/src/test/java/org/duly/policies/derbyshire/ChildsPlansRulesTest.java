package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.policies.derbyshire.Tables.check;
import static org.duly.policies.derbyshire.Tables.dates;
import static org.duly.policies.derbyshire.Tables.day;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.util.List;
import org.duly.domain.events.AssessmentCompleted;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.AssessmentSignedOff;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.EarlyHelpCaseReview;
import org.duly.domain.events.ImprovementCycleMeeting;
import org.duly.domain.events.IndependentScrutinyDiscussion;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.StepDownTarget;
import org.duly.domain.events.SteppedDown;
import org.duly.domain.events.SteppedUp;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The child's single plan rules of the Derbyshire catalogue, as tables a policy author can read: given
 * a plan and what followed, on this date, expect this due date and status. Several dates in a cell
 * are the events in order; a row whose due date and status are "-" owes nothing (for a recurrence:
 * not that occurrence, nor any after it).
 *
 * <p>Recurrences count from the actual date of the previous occurrence: 6 weeks from Wednesday 3 April
 * 2024 is Wednesday 15 May; from 15 May, 26 June; from 26 June, 7 August.
 */
class ChildsPlansRulesTest {

    private static ChildCase child() {
        return ChildCase.child("C-1").bornOn("2016-05-10");
    }

    /**
     * PLAN-1, CIN-5: a child's plan developed within 10 working days of the assessment being completed or the initial
     * child protection conference, unless the case closes or steps down before it is due.
     */
    @ParameterizedTest(name = "{0} on {1}, plan {2}, {3} on {4}, as of {5}: due {6}, {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # counted from | on        | plan made  | ended by     | ended on   | as of      | due        | status   | why
            assessment     | 2024-05-01 | 2024-05-16 | -            | -          | 2024-05-17 | 2024-05-16 | MET      | on the 10th working day; the early May bank holiday (6 May) is skipped
            assessment     | 2024-05-01 | 2024-05-17 | -            | -          | 2024-05-17 | 2024-05-16 | MET_LATE | the day after
            assessment     | 2024-05-01 | -          | -            | -          | 2024-05-01 | 2024-05-16 | UPCOMING | 5 working days from 1 May reach only 9 May
            assessment     | 2024-05-01 | -          | -            | -          | 2024-05-16 | 2024-05-16 | DUE_SOON | due today
            assessment     | 2024-05-01 | -          | -            | -          | 2024-05-17 | 2024-05-16 | OVERDUE  | "if needed": a plan is expected after every completed assessment
            conference     | 2024-08-20 | 2024-09-04 | -            | -          | 2024-09-05 | 2024-09-04 | MET      | on the 10th working day; the summer bank holiday (26 August) is skipped
            conference     | 2024-08-20 | 2024-09-05 | -            | -          | 2024-09-05 | 2024-09-04 | MET_LATE | the day after
            conference     | 2024-08-20 | -          | -            | -          | 2024-09-04 | 2024-09-04 | DUE_SOON | due today
            conference     | 2024-08-20 | -          | -            | -          | 2024-09-05 | 2024-09-04 | OVERDUE  | the day after, no plan
            assessment     | 2024-05-01 | -          | stepped down | 2024-05-15 | 2024-05-20 | 2024-05-16 | NOT_REQUIRED | stepped down before the plan was due: not required
            assessment     | 2024-05-01 | -          | closed       | 2024-05-15 | 2024-05-20 | 2024-05-16 | NOT_REQUIRED | closed before the plan was due: not required
            assessment     | 2024-05-01 | -          | stepped down | 2024-05-16 | 2024-05-20 | 2024-05-16 | NOT_REQUIRED | stepped down on the day it was due: not required
            assessment     | 2024-05-01 | -          | stepped down | 2024-05-20 | 2024-05-20 | 2024-05-16 | MISSED  | already overdue when it stepped down: missed, and a miss stays a miss
            assessment     | 2024-05-01 | -          | closed       | 2024-05-20 | 2024-05-21 | 2024-05-16 | MISSED  | already overdue when the case closed: missed, and a miss stays a miss
            nfa assessment | 2024-05-01 | -          | -            | -          | 2024-05-16 | 2024-05-16 | NOT_REQUIRED | the assessment concluded that no plan is needed ("if needed"): not required (audit A-S4c)
            nfa assessment | 2024-05-01 | -          | -            | -          | 2024-05-17 | 2024-05-16 | NOT_REQUIRED | the day after: not required, never overdue (audit A-S4c)
            nfa assessment | 2024-05-01 | -          | closed       | 2024-05-20 | 2024-05-21 | 2024-05-16 | NOT_REQUIRED | closed 13 working days later, as in the audit's run R13: not required, not missed (audit A-S4c)
            """)
    void plan_developed(String from, String on, String plan, String endedBy, String endedOn, String asOf, String due, Status status,
            String why) {
        ChildCase kase = child();
        if (from.endsWith("assessment")) {
            kase.with(AssessmentCompleted.builder().date(day(on)).kind(AssessmentKind.SINGLE_ASSESSMENT)
                    .planNeeded(!from.startsWith("nfa")).build());
        } else {
            kase.strategyDiscussion("2024-08-01", true)
                    .with(ConferenceHeld.builder().date(day(on)).kind(ConferenceKind.INITIAL).build());
        }
        if (plan != null) {
            kase.planCreated(plan, from.endsWith("assessment") ? ChildsPlanKind.CHILD_IN_NEED : ChildsPlanKind.CHILD_PROTECTION);
        }
        if ("stepped down".equals(endedBy)) {
            kase.with(SteppedDown.builder().date(day(endedOn)).to(StepDownTarget.EARLY_HELP).build());
        } else if ("closed".equals(endedBy)) {
            kase.closed(endedOn);
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation("plan.developed");
        } else {
            assertThat(schedule).obligation("plan.developed").as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * PLAN-1, CIN-5: when the case records no separate completion, the assessment is complete at its full sign-off and
     * sharing with the family (EHSA-4, CIN-4), and the plan's 10 working days count from then.
     */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                          | as of      | # | due        | status   | why
            signed off 2024-05-01 shared, plan 2024-05-16                     | 2024-05-17 | 1 | 2024-05-16 | MET      | the shared sign-off is the completion: 10 working days, the early May bank holiday skipped, as in the audit's runs R7 and R27 (audit A-S8c)
            signed off 2024-05-01 shared, plan 2024-05-17                     | 2024-05-17 | 1 | 2024-05-16 | MET_LATE | the day after (audit A-S8c)
            signed off 2024-05-01 shared                                      | 2024-05-17 | 1 | 2024-05-16 | OVERDUE  | no plan: overdue, where before nothing was owed at all (audit A-S8c)
            signed off 2024-05-01                                             | 2024-05-17 | 1 | -          | -        | a sign-off not shared with the family is not yet the completion
            signed off 2024-04-29, signed off 2024-05-01 shared               | 2024-05-17 | 1 | 2024-05-16 | OVERDUE  | counted from the sign-off shared with the family
            signed off 2024-04-29, signed off 2024-05-01 shared               | 2024-05-17 | 2 | -          | -        | and only from that one
            signed off 2024-05-01 shared, signed off 2024-05-08 shared        | 2024-05-17 | 2 | -          | -        | a second shared sign-off of the same assessment starts no second clock
            completed 2024-04-30, signed off 2024-05-01 shared                | 2024-05-17 | 1 | 2024-05-15 | OVERDUE  | a completion recorded: the clock counts from it
            completed 2024-04-30, signed off 2024-05-01 shared                | 2024-05-17 | 2 | -          | -        | not from the sign-off as well
            decision 2024-03-01, signed off 2024-04-02 shared, decision 2024-06-03, signed off 2024-07-01 shared | 2024-07-16 | 2 | 2024-07-15 | OVERDUE | a second assessment after a new referral decision owes its own plan
            decision 2024-03-01, completed 2024-04-02, decision 2024-06-03, signed off 2024-07-01 shared | 2024-07-16 | 2 | 2024-07-15 | OVERDUE | a completion recorded for the first assessment does not stop the second's sign-off counting
            """)
    void plan_developed_after_the_sign_off(String events, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = child();
        for (String event : events.split(",\\s*")) {
            String[] words = event.trim().split(" ");
            switch (words[0]) {
                case "decision" -> kase.referralDecision(words[1], ReferralOutcome.SINGLE_ASSESSMENT);
                case "completed" -> kase.with(AssessmentCompleted.builder().date(day(words[1])).kind(AssessmentKind.SINGLE_ASSESSMENT).build());
                case "signed" -> kase.with(AssessmentSignedOff.builder().date(day(words[2])).kind(AssessmentKind.SINGLE_ASSESSMENT)
                        .sharedWithFamily(words.length > 3 && words[3].equals("shared")).build());
                case "plan" -> kase.planCreated(words[1], ChildsPlanKind.CHILD_IN_NEED);
                default -> throw new IllegalArgumentException(event);
            }
        }
        check(kase.schedule(asOf, DERBYSHIRE), "plan.developed", occurrence, due, status, why);
    }

    /**
     * PLAN-2, CIN-6: a child in need plan reviewed within 6 weeks, then at least every 6 weeks; every 3 months for a
     * stable Children's Disabilities Services plan that acknowledges the need for longer term support.
     */
    @ParameterizedTest(name = "plan {0} (long term {1}), reviews {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # plan made | long term | reviews                          | as of      | # | due        | status   | why
            2024-04-03  | false     | 2024-05-15                       | 2024-05-20 | 1 | 2024-05-15 | MET      | 6 weeks, on the day
            2024-04-03  | false     | 2024-05-16                       | 2024-05-20 | 1 | 2024-05-15 | MET_LATE | the day after
            2024-04-03  | false     | -                                | 2024-04-03 | 1 | 2024-05-15 | UPCOMING | on the day the plan is made
            2024-04-03  | false     | -                                | 2024-05-15 | 1 | 2024-05-15 | DUE_SOON | due today
            2024-04-03  | false     | -                                | 2024-05-16 | 1 | 2024-05-15 | OVERDUE  | the day after, no review
            2024-04-03  | false     | 2024-05-15                       | 2024-05-20 | 2 | 2024-06-26 | UPCOMING | 6 weeks from the 1st review
            2024-04-03  | false     | 2024-05-16                       | 2024-05-20 | 2 | 2024-06-27 | UPCOMING | a late review moves the next one
            2024-04-03  | false     | 2024-05-01                       | 2024-05-20 | 2 | 2024-06-12 | UPCOMING | an early review brings the next one forward
            2024-04-03  | false     | 2024-05-15 2024-06-26            | 2024-06-28 | 2 | 2024-06-26 | MET      | the 2nd, on the day
            2024-04-03  | false     | 2024-05-15 2024-06-26            | 2024-08-07 | 3 | 2024-08-07 | DUE_SOON | the 3rd, 6 weeks from the 2nd
            2024-04-03  | false     | 2024-05-15 2024-06-26 2024-08-08 | 2024-08-09 | 3 | 2024-08-07 | MET_LATE | the 3rd, a day late
            2024-04-03  | true      | 2024-05-15                       | 2024-05-20 | 1 | 2024-07-03 | MET      | the disability exception: the first review is due at 3 months, not 6 weeks, and a review at 6 weeks meets it early (audit A-S5f)
            2024-04-03  | true      | 2024-05-15                       | 2024-05-20 | 2 | 2024-08-15 | UPCOMING | then every 3 months (CIN-6) from the last review, for a plan acknowledging longer term support
            2024-01-10  | true      | -                                | 2024-03-01 | 1 | 2024-04-10 | UPCOMING | the audit's run R9: a plan of 10 January is not overdue on 1 March; its first review is due 10 April (audit A-S5f)
            2024-01-10  | true      | 2024-03-20                       | 2024-04-01 | 1 | 2024-04-10 | MET      | reviewed at 10 weeks, on time, not late (audit A-S5f)
            2024-01-10  | true      | 2024-04-10                       | 2024-04-11 | 1 | 2024-04-10 | MET      | on the day 3 months after the plan (audit A-S5f)
            2024-01-10  | true      | 2024-04-11                       | 2024-04-11 | 1 | 2024-04-10 | MET_LATE | the day after (audit A-S5f)
            2024-01-10  | true      | -                                | 2024-04-11 | 1 | 2024-04-10 | OVERDUE  | the day after, not reviewed (audit A-S5f)
            2024-01-10  | true      | 2024-03-20                       | 2024-04-01 | 2 | 2024-06-20 | UPCOMING | the next, 3 months from the review of 20 March
            2024-04-03  | true      | 2024-05-15 2024-08-15            | 2024-08-20 | 3 | 2024-11-15 | UPCOMING | 3 months from the 2nd review
            2024-10-18  | true      | 2024-11-29                       | 2024-12-02 | 2 | 2025-02-28 | UPCOMING | 3 months from 29 November is 29 February 2025, which does not exist: rounded down
            """)
    void child_in_need_plan_reviews(String made, boolean longTerm, String reviews, String asOf, int occurrence, String due, Status status,
            String why) {
        ChildCase kase = child().with(ChildsPlanCreated.builder().date(day(made)).kind(ChildsPlanKind.CHILD_IN_NEED)
                .longTermDisabilitySupport(longTerm).build());
        dates(reviews).forEach(review -> kase.planReviewed(review, ChildsPlanKind.CHILD_IN_NEED));
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        check(schedule, longTerm ? "plan.cin-disability-reviewed" : "plan.cin-reviewed", occurrence, due, status, why);
        assertThat(schedule).as(why).hasNoObligation(longTerm ? "plan.cin-reviewed" : "plan.cin-disability-reviewed");
    }

    /** PLAN-2, CIN-6: the reviews end with the child in need plan. */
    @ParameterizedTest(name = "reviews {0}, plan ended {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # reviews             | plan ended | as of      | # | due        | status  | why
            2024-05-15            | 2024-06-20 | 2024-07-01 | 2 | -          | -       | the plan ended before the 2nd review was due: no longer owed
            2024-05-15            | 2024-07-01 | 2024-07-01 | 2 | 2024-06-26 | MISSED | the 2nd was already overdue when the plan ended: missed, and a miss stays a miss
            2024-05-15 2024-06-20 | 2024-06-20 | 2024-07-01 | 2 | 2024-06-26 | MET     | a review on the day the plan ends counts
            2024-05-15 2024-06-20 | 2024-06-20 | 2024-07-01 | 3 | -          | -       | and nothing is owed after it
            """)
    void child_in_need_plan_reviews_end_with_the_plan(String reviews, String ended, String asOf, int occurrence, String due,
            Status status, String why) {
        ChildCase kase = child().planCreated("2024-04-03", ChildsPlanKind.CHILD_IN_NEED);
        dates(reviews).forEach(review -> kase.planReviewed(review, ChildsPlanKind.CHILD_IN_NEED));
        kase.planEnded(ended, ChildsPlanKind.CHILD_IN_NEED);
        check(kase.schedule(asOf, DERBYSHIRE), "plan.cin-reviewed", occurrence, due, status, why);
    }

    /** EH-3, PLAN-2: an early help plan reviewed and updated every 6 weeks, until it ends. */
    @ParameterizedTest(name = "reviews {0}, plan ended {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # reviews             | plan ended | as of      | # | due        | status   | why
            2024-05-15            | -          | 2024-05-20 | 1 | 2024-05-15 | MET      | 6 weeks, on the day
            2024-05-16            | -          | 2024-05-20 | 1 | 2024-05-15 | MET_LATE | the day after
            -                     | -          | 2024-04-03 | 1 | 2024-05-15 | UPCOMING | on the day the plan is made
            -                     | -          | 2024-05-15 | 1 | 2024-05-15 | DUE_SOON | due today
            -                     | -          | 2024-05-16 | 1 | 2024-05-15 | OVERDUE  | the day after, no review
            2024-05-16            | -          | 2024-05-20 | 2 | 2024-06-27 | UPCOMING | a late review moves the next one
            2024-05-15 2024-06-27 | -          | 2024-07-01 | 2 | 2024-06-26 | MET_LATE | the 2nd, a day late
            2024-05-15 2024-06-26 | -          | 2024-06-28 | 3 | 2024-08-07 | UPCOMING | the 3rd, 6 weeks from the 2nd
            2024-05-15            | 2024-06-20 | 2024-07-01 | 2 | -          | -        | the plan ended before the 2nd review was due: no longer owed
            2024-05-15            | 2024-07-01 | 2024-07-01 | 2 | 2024-06-26 | MISSED  | already overdue when the plan ended: missed, and a miss stays a miss
            """)
    void early_help_plan_reviews(String reviews, String ended, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = child().planCreated("2024-04-03", ChildsPlanKind.EARLY_HELP);
        dates(reviews).forEach(review -> kase.planReviewed(review, ChildsPlanKind.EARLY_HELP));
        if (ended != null) {
            kase.planEnded(ended, ChildsPlanKind.EARLY_HELP);
        }
        check(kase.schedule(asOf, DERBYSHIRE), "plan.early-help-reviewed", occurrence, due, status, why);
    }

    /** PLAN-2: a review of one kind of plan does not review the other. */
    @Test
    void a_child_in_need_review_is_not_an_early_help_review() {
        Schedule schedule = child().planCreated("2024-04-03", ChildsPlanKind.EARLY_HELP).planCreated("2024-04-03", ChildsPlanKind.CHILD_IN_NEED)
                .planReviewed("2024-05-15", ChildsPlanKind.CHILD_IN_NEED).schedule("2024-05-16", DERBYSHIRE);
        assertThat(schedule).obligation("plan.cin-reviewed", 1).isDueOn("2024-05-15").isMet();
        assertThat(schedule).obligation("plan.early-help-reviewed", 1).isDueOn("2024-05-15").isOverdue();
    }

    /**
     * PLAN-3, CIN-7: a child in need plan open 6 months: the practice supervisor's discussion of independent scrutiny,
     * due within 10 working days of the day the plan has been open 6 months, a discussion in the month before counting;
     * not owed if the plan ends first.
     */
    @ParameterizedTest(name = "plan {0}, discussion {1}, plan ended {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # plan made | discussion | plan ended | as of      | due        | status   | why
            2024-04-03  | 2024-10-03 | -          | 2024-10-04 | 2024-10-17 | MET      | on the day the plan has been open 6 months (review #13)
            2024-04-03  | 2024-10-17 | -          | 2024-10-18 | 2024-10-17 | MET      | on the 10th working day after the plan has been open 6 months: the condition holds only from then, so a discussion after it is on time (review #13)
            2024-04-03  | 2024-10-18 | -          | 2024-10-18 | 2024-10-17 | MET_LATE | the day after (review #13)
            2023-11-20  | 2024-06-04 | -          | 2024-06-05 | 2024-06-04 | MET      | open 6 months on 20 May 2024: the 10 working days skip the spring bank holiday (27 May) (review #13)
            2023-11-20  | 2024-06-05 | -          | 2024-06-05 | 2024-06-04 | MET_LATE | the day after (review #13)
            2024-04-03  | -          | -          | 2024-09-02 | 2024-10-17 | UPCOMING | a month before
            2024-04-03  | -          | -          | 2024-10-17 | 2024-10-17 | DUE_SOON | due today
            2024-04-03  | -          | -          | 2024-10-18 | 2024-10-17 | OVERDUE  | the day after, no discussion
            2024-04-03  | -          | 2024-09-30 | 2024-10-10 | -          | -        | the plan ended before it had been open 6 months: nothing owed, since the plan never remained open 6 months (review #13)
            2024-04-03  | -          | 2024-10-10 | 2024-10-20 | 2024-10-17 | NOT_REQUIRED | the plan ended before the discussion was due: not required (review #13)
            2024-04-03  | -          | 2024-10-18 | 2024-10-20 | 2024-10-17 | MISSED  | already overdue when the plan ended: missed, and a miss stays a miss
            2024-08-31  | -          | -          | 2025-03-14 | 2025-03-14 | DUE_SOON | 6 months from 31 August is 31 February, rounded down to the 28th; then 10 working days
            2024-04-03  | 2024-09-03 | -          | 2024-10-18 | 2024-10-17 | MET      | held on the day the window opens, the month before the plan has been open 6 months (audit A-S5e)
            2024-04-03  | 2024-09-02 | -          | 2024-10-18 | 2024-10-17 | OVERDUE  | the day before the window opens: not yet the discussion of a plan that remains open 6 months (audit A-S5e)
            2024-04-03  | 2024-05-03 | -          | 2024-10-18 | 2024-10-17 | OVERDUE  | a discussion one month into the plan does not meet it, as in the audit's run R12 (audit A-S5e)
            """)
    void independent_scrutiny(String made, String discussion, String ended, String asOf, String due, Status status, String why) {
        ChildCase kase = child().planCreated(made, ChildsPlanKind.CHILD_IN_NEED);
        if (discussion != null) {
            kase.with(IndependentScrutinyDiscussion.builder().date(day(discussion)).build());
        }
        if (ended != null) {
            kase.planEnded(ended, ChildsPlanKind.CHILD_IN_NEED);
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation("plan.cin-independent-scrutiny");
        } else {
            assertThat(schedule).obligation("plan.cin-independent-scrutiny").as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * PLAN-4: the child's plan reviewed at the weekly improvement cycle meeting while the child in need plan is open: at
     * least once a working week, within 5 working days of the plan or of the last meeting.
     */
    @ParameterizedTest(name = "plan {0}, meetings {1}, plan ended {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # plan made | meetings                                               | plan ended | as of      | # | due        | status   | why
            2024-04-03  | 2024-04-08                                             | -          | 2024-04-11 | 1 | 2024-04-10 | MET      | the team's Monday meeting after the plan's Wednesday
            2024-04-03  | 2024-04-10                                             | -          | 2024-04-11 | 1 | 2024-04-10 | MET      | on the 5th working day after the plan
            2024-04-03  | 2024-04-11                                             | -          | 2024-04-11 | 1 | 2024-04-10 | MET_LATE | the day after
            2024-04-03  | -                                                      | -          | 2024-04-10 | 1 | 2024-04-10 | DUE_SOON | due today
            2024-04-03  | -                                                      | -          | 2024-04-11 | 1 | 2024-04-10 | OVERDUE  | the day after, no meeting
            2024-04-03  | 2024-04-08                                             | -          | 2024-04-11 | 2 | 2024-04-15 | DUE_SOON | the next, a week after the last meeting
            2024-04-03  | 2024-04-08 2024-04-15 2024-04-22                       | -          | 2024-04-23 | 3 | 2024-04-22 | MET      | weekly on Mondays: each on time
            2024-04-03  | 2024-04-08 2024-04-15 2024-04-22 2024-04-29 2024-05-07 | -          | 2024-05-08 | 5 | 2024-05-07 | MET      | the early May bank holiday Monday moves the meeting to Tuesday: still on time (audit A-S10)
            2024-04-03  | 2024-04-08 2024-04-15 2024-04-22 2024-04-29 2024-05-08 | -          | 2024-05-08 | 5 | 2024-05-07 | MET_LATE | the Wednesday: a day late (audit A-S10)
            2024-06-09  | -                                                      | -          | 2024-06-10 | 1 | 2024-06-14 | DUE_SOON | a plan made on a Sunday owes no meeting that Sunday, as it did in the audit's run R10, but one in the working week after (audit A-S10)
            2024-04-03  | 2024-04-08                                             | -          | 2024-05-20 | 3 | -          | -        | five weeks without a meeting are one overdue meeting, not a row for every week (audit A-S10)
            2024-04-03  | 2024-04-08 2024-04-15                                  | 2024-04-17 | 2024-04-30 | 3 | -          | -        | the plan ended before the 3rd was due: no longer owed
            2024-04-03  | 2024-04-08                                             | 2024-04-23 | 2024-04-30 | 2 | 2024-04-15 | MISSED   | already overdue when the plan ended: missed, and a miss stays a miss
            2024-04-03  | 2024-04-08 2024-04-15                                  | 2024-04-17 | 2024-04-30 | 2 | 2024-04-15 | MET      | a meeting before the plan ended counts
            """)
    void improvement_cycle_meetings(String made, String meetings, String ended, String asOf, int occurrence, String due,
            Status status, String why) {
        ChildCase kase = child().planCreated(made, ChildsPlanKind.CHILD_IN_NEED);
        dates(meetings).forEach(meeting -> kase.with(ImprovementCycleMeeting.builder().date(day(meeting)).build()));
        if (ended != null) {
            kase.planEnded(ended, ChildsPlanKind.CHILD_IN_NEED);
        }
        check(kase.schedule(asOf, DERBYSHIRE), "plan.improvement-cycle-meeting", occurrence, due, status, why);
    }

    /**
     * PLAN-4 (audit A, S10): weeks without an improvement cycle meeting are one item that says how late it is and how
     * many further weeks passed without one, counted in timeliness, instead of a row for every week.
     */
    @ParameterizedTest(name = "as of {0}: {2}, {3} days late, {4} more weeks missed")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # as of    | met        | status   | days late | weeks missed | why
            2024-04-22 | -          | OVERDUE  | 7         | 0            | on the day the next week's meeting would be due: no further week gone yet (audit A-S10)
            2024-04-23 | -          | OVERDUE  | 8         | 1            | the day after: one more week gone (audit A-S10)
            2024-05-20 | -          | OVERDUE  | 35        | 4            | five weeks on, the early May bank holiday inside: still one item, four more weeks missed (audit A-S10)
            2024-05-20 | 2024-05-20 | MET_LATE | 35        | 4            | met late at last: the weeks missed stay counted (audit A-S10)
            """)
    void a_gap_in_improvement_cycle_meetings_is_one_item(String asOf, String met, String status, long daysLate, int weeksMissed,
            String why) {
        ChildCase kase = child().planCreated("2024-04-03", ChildsPlanKind.CHILD_IN_NEED)
                .with(ImprovementCycleMeeting.builder().date(day("2024-04-08")).build());
        if (met != null) {
            kase.with(ImprovementCycleMeeting.builder().date(day(met)).build());
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        Tables.checkLateness(schedule, "plan.improvement-cycle-meeting", 2, "2024-04-15", status, daysLate, weeksMissed, why);
        assertThat(schedule).as(why).hasObligations("plan.improvement-cycle-meeting", met == null ? 2 : 3);
    }

    /**
     * PLAN-5: an early help case open 12 months reviewed to consider updating the assessment, counted from the case's
     * opening (the referral decision for an early help assessment), not its plan, made here six weeks later: on or after
     * the day the case has been open 12 months, within the month after it; unless the case closes first.
     */
    @ParameterizedTest(name = "opened {0}, review {1}, closed {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case opened | review     | closed     | as of      | due        | status   | why
            2024-04-03  | 2025-04-03 | -          | 2025-04-04 | 2025-05-03 | MET      | on the day the case has been open 12 months: the window opens (review #3)
            2024-04-03  | 2025-04-02 | -          | 2025-05-04 | 2025-05-03 | OVERDUE  | the day before: the case is not yet open 12 months, so this is not its review (review #3)
            2024-04-03  | 2025-05-03 | -          | 2025-05-04 | 2025-05-03 | MET      | on the last day, a month after the case has been open 12 months (audit PLAN-5) (review #3)
            2024-04-03  | 2025-05-04 | -          | 2025-05-04 | 2025-05-03 | MET_LATE | the day after (audit PLAN-5) (review #3)
            2024-04-03  | -          | -          | 2025-01-06 | 2025-05-03 | UPCOMING | months before
            2024-04-03  | -          | -          | 2025-05-03 | 2025-05-03 | DUE_SOON | due today
            2024-04-03  | -          | -          | 2025-05-04 | 2025-05-03 | OVERDUE  | the day after, no review
            2024-01-31  | -          | -          | 2025-02-28 | 2025-02-28 | DUE_SOON | a case opened on 31 January 2024: 13 months later is rounded down to 28 February
            2024-04-03  | -          | 2025-01-10 | 2025-05-10 | 2025-05-03 | NOT_REQUIRED | the case closed before 12 months: not required
            2024-04-03  | -          | 2025-04-10 | 2025-05-10 | 2025-05-03 | NOT_REQUIRED | the case closed in the month the review was owed, before it was due: not required (review #3)
            2024-04-03  | -          | 2025-05-10 | 2025-05-10 | 2025-05-03 | MISSED  | already overdue when the case closed: missed, and a miss stays a miss
            2024-12-17  | 2025-12-17 | -          | 2025-12-18 | 2026-01-17 | MET      | the audit's run R27: decided 17 December 2024, plan 28 January 2025: open 12 months on 17 December 2025, not 12 months after the plan (audit PLAN-5) (review #3)
            2024-12-17  | -          | -          | 2026-01-18 | 2026-01-17 | OVERDUE  | the day after the month, no review (audit PLAN-5) (review #3)
            """)
    void early_help_open_12_months(String opened, String review, String closed, String asOf, String due, Status status, String why) {
        ChildCase kase = child().referral(opened).referralDecision(opened, ReferralOutcome.EARLY_HELP_ASSESSMENT)
                .planCreated(day(opened).plusWeeks(6).toString(), ChildsPlanKind.EARLY_HELP);
        if (review != null) {
            kase.with(EarlyHelpCaseReview.builder().date(day(review)).build());
        }
        if (closed != null) {
            kase.closed(closed);
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation("plan.early-help-12-months");
        } else {
            assertThat(schedule).obligation("plan.early-help-12-months").as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * PLAN-5: what opens an early help case, and what does not open a second one. The first early help decision is on
     * 3 April 2024 unless a row says otherwise; as of 4 May 2025. Each row lists every occurrence as "due status".
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # then                                                        | expected                                  | why
            decision 2024-09-02                                           | 2025-05-03 OVERDUE                        | a second early help decision in the open case starts nothing new (audit PLAN-5)
            closed 2024-09-02, decision 2024-09-02                        | 2025-05-03 NOT_REQUIRED; 2025-10-02 UPCOMING | closed and reopened the same day: the new case counts from its own opening (audit PLAN-5)
            stepped-up 2024-09-02                                         | 2025-05-03 NOT_REQUIRED                   | stepped up to social care before 12 months: no longer an early help case (audit PLAN-5)
            stepped-up 2024-09-02, stepped-down 2024-11-04                | 2025-05-03 NOT_REQUIRED; 2025-12-04 UPCOMING | stepped down to early help: a new early help case from the step down (audit PLAN-5)
            """)
    void early_help_case_openings(String then, String expected, String why) {
        ChildCase kase = child().referral("2024-04-03").referralDecision("2024-04-03", ReferralOutcome.EARLY_HELP_ASSESSMENT);
        for (String item : then.split(",")) {
            String[] whatAndDate = item.trim().split(" ");
            String date = whatAndDate[1];
            switch (whatAndDate[0]) {
                case "decision" -> kase.referral(date).referralDecision(date, ReferralOutcome.EARLY_HELP_ASSESSMENT);
                case "closed" -> kase.closed(date);
                case "stepped-up" -> kase.with(SteppedUp.builder().date(day(date)).build());
                case "stepped-down" -> kase.with(SteppedDown.builder().date(day(date)).to(StepDownTarget.EARLY_HELP).build());
                default -> throw new IllegalArgumentException(whatAndDate[0]);
            }
        }
        List<String> outcomes = kase.schedule("2025-05-04", DERBYSHIRE).entriesOf("plan.early-help-12-months").stream()
                .map(entry -> entry.due().orElseThrow() + " " + entry.status()).toList();
        org.assertj.core.api.Assertions.assertThat(outcomes).as(why).containsExactly(expected.split("; "));
    }

    /**
     * PLAN-2, EH-3, honest lateness: after the first review on 15 May 2024, nothing until September: the second review
     * (due 26 June) says how many days late it was and how many further 6-week intervals passed in full without one.
     */
    @ParameterizedTest(name = "{0}: reviewed {1}, as of {2}: #2 {4}, {5} days late, {6} more missed")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # plan          | reviewed   | as of      | due        | status   | days late | intervals missed | why
            CHILD_IN_NEED   | 2024-09-18 | 2024-09-19 | 2024-06-26 | MET_LATE | 84        | 1                | reviewed on the day the next interval would have ended: one more interval (to 7 August) missed in full
            CHILD_IN_NEED   | 2024-09-19 | 2024-09-19 | 2024-06-26 | MET_LATE | 85        | 2                | the day after: two more missed, not one review 0 days late
            CHILD_IN_NEED   | -          | 2024-09-19 | 2024-06-26 | OVERDUE  | 85        | 2                | not yet reviewed: overdue, with the intervals gone so far
            EARLY_HELP      | 2024-09-18 | 2024-09-19 | 2024-06-26 | MET_LATE | 84        | 1                | an early help plan, the same
            EARLY_HELP      | 2024-09-19 | 2024-09-19 | 2024-06-26 | MET_LATE | 85        | 2                | the day after
            """)
    void a_long_gap_in_plan_reviews(ChildsPlanKind kind, String reviewed, String asOf, String due, String status, long daysLate,
            int intervalsMissed, String why) {
        ChildCase kase = child().planCreated("2024-04-03", kind).planReviewed("2024-05-15", kind);
        if (reviewed != null) {
            kase.planReviewed(reviewed, kind);
        }
        Tables.checkLateness(kase.schedule(asOf, DERBYSHIRE), kind == ChildsPlanKind.CHILD_IN_NEED ? "plan.cin-reviewed"
                : "plan.early-help-reviewed", 2, due, status, daysLate, intervalsMissed, why);
    }

    /** What the notes say where the reading alone would mislead a policy author (the handbook review). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule | the notes or the reading say | why
            plan.early-help-12-months | The booklet calls this good practice, not a requirement | "good practice" is not a statutory duty (review #3)
            plan.cin-independent-scrutiny | 10 working days (two working weeks) is Duly's choice | the time after 6 months is a stated choice (review #13)
            plan.cin-disability-reviewed | only when all three hold | the three conditions of the exception are one mark on the plan (review #29)
            plan.cin-disability-reviewed | the start of a child in need plan acknowledging longer term disability support | the reading's phrase (review #29)
            """)
    void notes_say_what_the_booklet_leaves_open(String ruleId, String words, String why) {
        Tables.checkNotesSay(ruleId, words, why);
    }
}
