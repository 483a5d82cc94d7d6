package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.AssessmentPlanRecorded;
import org.duly.domain.events.AssessmentSignedOff;
import org.duly.domain.events.AssessmentStarted;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.domain.workforce.WorkerRole;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The early help and single assessment rules of the Derbyshire catalogue, as tables a policy author
 * can read: given a referral decision and what followed, on this date, expect this due date and
 * status. A row whose due date and status are "-" owes nothing at all.
 *
 * <p>Working days count the decision's own date as day 0. The 2024 bank holidays the periods cross:
 * Good Friday 29 March, Easter Monday 1 April, early May 6 May, spring 27 May.
 */
class AssessmentsRulesTest {

    private static ChildCase decided(String decision, ReferralOutcome outcome) {
        return ChildCase.child("C-1").bornOn("2016-05-10").referral(decision).referralDecision(decision, outcome);
    }

    private static void check(Schedule schedule, String ruleId, String due, Status status, String why) {
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation(ruleId);
        } else {
            assertThat(schedule).obligation(ruleId).as(why).isDueOn(due).hasStatus(status);
        }
    }

    /** EHSA-1: the initial home visit of a single assessment within 5 working days of the referral decision. */
    @ParameterizedTest(name = "decision {0} ({1}), visit {2} ({3}), as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # decision | outcome               | home visit | purpose       | as of      | due        | status   | why
            2024-03-28 | SINGLE_ASSESSMENT     | 2024-04-08 | ASSESSMENT    | 2024-04-10 | 2024-04-08 | MET      | on the 5th working day; Good Friday and Easter Monday are skipped
            2024-03-28 | SINGLE_ASSESSMENT     | 2024-04-09 | ASSESSMENT    | 2024-04-10 | 2024-04-08 | MET_LATE | the day after
            2024-03-28 | SINGLE_ASSESSMENT     | -          | -             | 2024-03-28 | 2024-04-08 | DUE_SOON | on the day of the decision: 5 working days never reach beyond the 5-working-day horizon, so never UPCOMING
            2024-03-28 | SINGLE_ASSESSMENT     | -          | -             | 2024-04-08 | 2024-04-08 | DUE_SOON | due today
            2024-03-28 | SINGLE_ASSESSMENT     | -          | -             | 2024-04-09 | 2024-04-08 | OVERDUE  | the day after, no visit
            2024-03-28 | SINGLE_ASSESSMENT     | 2024-04-05 | CHILD_IN_NEED | 2024-04-09 | 2024-04-08 | OVERDUE  | a visit for another purpose is not the assessment's home visit
            2024-03-09 | SINGLE_ASSESSMENT     | -          | -             | 2024-03-11 | 2024-03-15 | DUE_SOON | a Saturday decision is day 0: Monday 11 March is day 1
            2024-03-28 | EARLY_HELP_ASSESSMENT | -          | -             | 2024-04-09 | -          | -        | a decision for an early help assessment owes no single assessment home visit
            """)
    void initial_home_visit(String decision, ReferralOutcome outcome, String visit, VisitPurpose purpose, String asOf, String due,
            Status status, String why) {
        ChildCase kase = decided(decision, outcome);
        if (visit != null) {
            kase.visit(visit, purpose);
        }
        check(kase.schedule(asOf, DERBYSHIRE), "assessment.initial-home-visit", due, status, why);
    }

    /** EHSA-1: the single assessment's initial home visit is a social worker's (decision 28 March 2024, due 8 April). */
    @ParameterizedTest(name = "visit {0} by {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # home visit | by                      | as of      | due        | status   | why
            2024-04-05   | EARLY_HELP_PRACTITIONER | 2024-04-09 | 2024-04-08 | OVERDUE  | an early help practitioner's visit is not the single assessment's home visit (audit A-S13c)
            2024-04-05   | OTHER_STAFF             | 2024-04-09 | 2024-04-08 | OVERDUE  | nor other staff's (audit A-S13c)
            2024-04-08   | SOCIAL_WORKER           | 2024-04-09 | 2024-04-08 | MET      | a social worker's on the 5th working day, Good Friday and Easter Monday skipped (audit A-S13c)
            2024-04-09   | SOCIAL_WORKER           | 2024-04-09 | 2024-04-08 | MET_LATE | the day after (audit A-S13c)
            2024-04-08   | -                       | 2024-04-09 | 2024-04-08 | MET      | a visit whose visitor's role is not recorded counts
            """)
    void initial_home_visit_by_a_social_worker(String visit, WorkerRole role, String asOf, String due, Status status, String why) {
        ChildCase kase = decided("2024-03-28", ReferralOutcome.SINGLE_ASSESSMENT);
        Visit.Builder builder = Visit.builder().date(LocalDate.parse(visit)).purpose(VisitPurpose.ASSESSMENT).childSeen(true).seenAlone(false);
        if (role != null) {
            builder.visitorRole(role);
        }
        kase.with(builder.build());
        check(kase.schedule(asOf, DERBYSHIRE), "assessment.initial-home-visit", due, status, why);
    }

    /** EHSA-2: the single assessment's plan, not an early help assessment's (decision 28 March 2024, due 10 April). */
    @ParameterizedTest(name = "plan {0} ({1}), as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # plan recorded | kind                  | as of      | due        | status   | why
            2024-04-10      | EARLY_HELP_ASSESSMENT | 2024-04-11 | 2024-04-10 | OVERDUE  | an early help assessment's plan does not meet the single assessment's (audit A-S13b)
            2024-04-10      | SINGLE_ASSESSMENT     | 2024-04-11 | 2024-04-10 | MET      | the single assessment's, on the 7th working day (audit A-S13b)
            2024-04-11      | SINGLE_ASSESSMENT     | 2024-04-11 | 2024-04-10 | MET_LATE | the day after (audit A-S13b)
            """)
    void assessment_plan_of_the_single_assessment(String recorded, AssessmentKind kind, String asOf, String due, Status status,
            String why) {
        ChildCase kase = decided("2024-03-28", ReferralOutcome.SINGLE_ASSESSMENT)
                .with(AssessmentPlanRecorded.builder().date(LocalDate.parse(recorded)).kind(kind).build());
        check(kase.schedule(asOf, DERBYSHIRE), "assessment.plan-recorded", due, status, why);
    }

    /**
     * EHSA-4, CIN-4 after a decision for a strategy discussion (28 March 2024): when the section 47 enquiry concludes that
     * no conference is needed and the assessment continues as a single assessment, it is signed off and shared within
     * the same 45 working days of the decision (5 June).
     */
    @ParameterizedTest(name = "{0}, signed off {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # enquiry concluded | signed off | as of      | due        | status   | why
            no conference       | 2024-06-05 | 2024-06-06 | 2024-06-05 | MET      | on the 45th working day after the decision; four bank holidays skipped (audit A-S8g)
            no conference       | 2024-06-06 | 2024-06-06 | 2024-06-05 | MET_LATE | the day after (audit A-S8g)
            no conference       | -          | 2024-06-06 | 2024-06-05 | OVERDUE  | not signed off: overdue, where before nothing tracked it (audit A-S8g)
            no conference       | -          | 2024-05-01 | 2024-06-05 | UPCOMING | a month before
            conference          | -          | 2024-06-06 | -          | -        | the enquiry concluded that a conference is needed: the enquiry is the assessment (cp.section-47-completed)
            -                   | -          | 2024-04-10 | -          | -        | the enquiry not yet concluded: its own 15 working days apply
            """)
    void assessment_after_a_strategy_discussion_decision(String concluded, String signedOff, String asOf, String due, Status status,
            String why) {
        ChildCase kase = decided("2024-03-28", ReferralOutcome.STRATEGY_DISCUSSION);
        if (concluded != null) {
            kase.strategyDiscussion("2024-03-28T14:00", true).with(org.duly.domain.events.Section47EnquiryCompleted.builder()
                    .date(LocalDate.parse("2024-04-12")).conferenceRequired(concluded.equals("conference")).build());
        }
        if (signedOff != null) {
            kase.with(AssessmentSignedOff.builder().date(LocalDate.parse(signedOff)).kind(AssessmentKind.SINGLE_ASSESSMENT)
                    .sharedWithFamily(true).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "assessment.single-completed", due, status, why);
    }

    /** EHSA-4, CIN-4, EH-2: statutory labels only where the instrument imposes the duty; a note says how the clock differs. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule                          | basis                   | a note mentions | why
            assessment.single-completed     | local practice standard | Working Together | Working Together counts 45 working days from the referral, the booklet from the decision: the booklet's own clock (audit A-S12a)
            assessment.early-help-completed | local practice standard | referral decision | early help assessments are the booklet's own
            """)
    void labels_name_an_instrument_only_where_it_imposes_the_duty(String ruleId, String basis, String note, String why) {
        org.duly.workflows.policy.Rule rule = DERBYSHIRE.rule(ruleId).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(rule.basis().inWords()).as(why).isEqualTo(basis);
        org.assertj.core.api.Assertions.assertThat(String.join(" ", rule.interpretations()) + " " + rule.citation())
                .as(why).contains(note);
    }


    /** EHSA-2: the assessment plan and timescales recorded within 7 working days of the referral decision. */
    @ParameterizedTest(name = "decision {0} ({1}), plan {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # decision | outcome               | plan recorded | as of      | due        | status   | why
            2024-03-28 | SINGLE_ASSESSMENT     | 2024-04-10    | 2024-04-12 | 2024-04-10 | MET      | on the 7th working day; Good Friday and Easter Monday are skipped
            2024-03-28 | SINGLE_ASSESSMENT     | 2024-04-11    | 2024-04-12 | 2024-04-10 | MET_LATE | the day after
            2024-03-28 | SINGLE_ASSESSMENT     | -             | 2024-04-02 | 2024-04-10 | UPCOMING | 5 working days from 2 April reach only 9 April
            2024-03-28 | SINGLE_ASSESSMENT     | -             | 2024-04-03 | 2024-04-10 | DUE_SOON | 5 working days from 3 April reach 10 April
            2024-03-28 | SINGLE_ASSESSMENT     | -             | 2024-04-10 | 2024-04-10 | DUE_SOON | due today
            2024-03-28 | SINGLE_ASSESSMENT     | -             | 2024-04-11 | 2024-04-10 | OVERDUE  | the day after, not recorded
            2024-03-28 | EARLY_HELP_ASSESSMENT | -             | 2024-04-11 | -          | -        | a decision for an early help assessment owes no single assessment plan
            """)
    void assessment_plan_recorded(String decision, ReferralOutcome outcome, String recorded, String asOf, String due, Status status,
            String why) {
        ChildCase kase = decided(decision, outcome);
        if (recorded != null) {
            kase.with(AssessmentPlanRecorded.builder().date(LocalDate.parse(recorded)).kind(AssessmentKind.SINGLE_ASSESSMENT).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "assessment.plan-recorded", due, status, why);
    }

    /** EH-1, EHSA-3: an early help assessment started within 10 working days of the referral decision. */
    @ParameterizedTest(name = "decision {0} ({1}), started {2} ({3}), as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # decision | outcome               | started    | kind                  | as of      | due        | status   | why
            2024-05-01 | EARLY_HELP_ASSESSMENT | 2024-05-16 | EARLY_HELP_ASSESSMENT | 2024-05-17 | 2024-05-16 | MET      | on the 10th working day; the early May bank holiday (6 May) is skipped
            2024-05-01 | EARLY_HELP_ASSESSMENT | 2024-05-17 | EARLY_HELP_ASSESSMENT | 2024-05-17 | 2024-05-16 | MET_LATE | the day after
            2024-05-01 | EARLY_HELP_ASSESSMENT | -          | -                     | 2024-05-01 | 2024-05-16 | UPCOMING | 5 working days from 1 May reach only 9 May
            2024-05-01 | EARLY_HELP_ASSESSMENT | -          | -                     | 2024-05-16 | 2024-05-16 | DUE_SOON | due today
            2024-05-01 | EARLY_HELP_ASSESSMENT | -          | -                     | 2024-05-17 | 2024-05-16 | OVERDUE  | the day after, not started
            2024-05-01 | EARLY_HELP_ASSESSMENT | 2024-05-10 | SINGLE_ASSESSMENT     | 2024-05-17 | 2024-05-16 | OVERDUE  | a single assessment started is not the early help assessment
            2024-05-01 | SINGLE_ASSESSMENT     | -          | -                     | 2024-05-17 | -          | -        | a decision for a single assessment owes no early help assessment
            """)
    void early_help_assessment_started(String decision, ReferralOutcome outcome, String started, AssessmentKind kind, String asOf,
            String due, Status status, String why) {
        ChildCase kase = decided(decision, outcome);
        if (started != null) {
            kase.with(AssessmentStarted.builder().date(LocalDate.parse(started)).kind(kind).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "assessment.early-help-started", due, status, why);
    }

    /**
     * EHSA-4, CIN-4: a single assessment completed within 45 working days of the referral decision, counted to full
     * sign-off and sharing with the family.
     */
    @ParameterizedTest(name = "decision {0} ({1}), signed off {2} ({3}, shared {4}), as of {5}: due {6}, {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # decision | outcome               | signed off | kind                  | shared | as of      | due        | status   | why
            2024-03-28 | SINGLE_ASSESSMENT     | 2024-06-05 | SINGLE_ASSESSMENT     | true   | 2024-06-06 | 2024-06-05 | MET      | on the 45th working day; Good Friday, Easter Monday, early May and spring bank holidays are skipped
            2024-03-28 | SINGLE_ASSESSMENT     | 2024-06-06 | SINGLE_ASSESSMENT     | true   | 2024-06-06 | 2024-06-05 | MET_LATE | the day after
            2024-03-28 | SINGLE_ASSESSMENT     | -          | -                     | false  | 2024-05-01 | 2024-06-05 | UPCOMING | a month before
            2024-03-28 | SINGLE_ASSESSMENT     | -          | -                     | false  | 2024-06-05 | 2024-06-05 | DUE_SOON | due today
            2024-03-28 | SINGLE_ASSESSMENT     | -          | -                     | false  | 2024-06-06 | 2024-06-05 | OVERDUE  | the day after, not signed off
            2024-03-28 | SINGLE_ASSESSMENT     | 2024-06-04 | SINGLE_ASSESSMENT     | false  | 2024-06-06 | 2024-06-05 | OVERDUE  | signed off but not shared with the family: the booklet counts to sign-off and sharing
            2024-03-28 | SINGLE_ASSESSMENT     | 2024-06-04 | EARLY_HELP_ASSESSMENT | true   | 2024-06-06 | 2024-06-05 | OVERDUE  | an early help assessment signed off is not the single assessment
            2024-03-28 | EARLY_HELP_ASSESSMENT | -          | -                     | false  | 2024-06-06 | -          | -        | a decision for an early help assessment owes no single assessment
            """)
    void single_assessment_completed(String decision, ReferralOutcome outcome, String signedOff, AssessmentKind kind, boolean shared,
            String asOf, String due, Status status, String why) {
        ChildCase kase = decided(decision, outcome);
        if (signedOff != null) {
            kase.with(AssessmentSignedOff.builder().date(LocalDate.parse(signedOff)).kind(kind).sharedWithFamily(shared).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "assessment.single-completed", due, status, why);
    }

    /**
     * EH-2, EHSA-4: an early help assessment completed within 45 working days of the referral decision, including full
     * management sign-off and sharing with the family.
     */
    @ParameterizedTest(name = "decision {0} ({1}), signed off {2} ({3}, shared {4}), as of {5}: due {6}, {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # decision | outcome               | signed off | kind                  | shared | as of      | due        | status   | why
            2024-05-01 | EARLY_HELP_ASSESSMENT | 2024-07-05 | EARLY_HELP_ASSESSMENT | true   | 2024-07-08 | 2024-07-05 | MET      | on the 45th working day; the early May and spring bank holidays are skipped
            2024-05-01 | EARLY_HELP_ASSESSMENT | 2024-07-06 | EARLY_HELP_ASSESSMENT | true   | 2024-07-08 | 2024-07-05 | MET_LATE | the day after, a Saturday
            2024-05-01 | EARLY_HELP_ASSESSMENT | -          | -                     | false  | 2024-06-03 | 2024-07-05 | UPCOMING | a month before
            2024-05-01 | EARLY_HELP_ASSESSMENT | -          | -                     | false  | 2024-07-05 | 2024-07-05 | DUE_SOON | due today
            2024-05-01 | EARLY_HELP_ASSESSMENT | -          | -                     | false  | 2024-07-06 | 2024-07-05 | OVERDUE  | the day after, not signed off
            2024-05-01 | EARLY_HELP_ASSESSMENT | 2024-07-01 | EARLY_HELP_ASSESSMENT | false  | 2024-07-08 | 2024-07-05 | OVERDUE  | signed off but not shared with the family
            2024-05-01 | EARLY_HELP_ASSESSMENT | 2024-07-01 | SINGLE_ASSESSMENT     | true   | 2024-07-08 | 2024-07-05 | OVERDUE  | a single assessment signed off is not the early help assessment
            2024-05-01 | SINGLE_ASSESSMENT     | -          | -                     | false  | 2024-07-08 | -          | -        | a decision for a single assessment owes no early help assessment
            """)
    void early_help_assessment_completed(String decision, ReferralOutcome outcome, String signedOff, AssessmentKind kind,
            boolean shared, String asOf, String due, Status status, String why) {
        ChildCase kase = decided(decision, outcome);
        if (signedOff != null) {
            kase.with(AssessmentSignedOff.builder().date(LocalDate.parse(signedOff)).kind(kind).sharedWithFamily(shared).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "assessment.early-help-completed", due, status, why);
    }

    /**
     * EHSA-1 with two referrals: the home visit after the second decision for a single assessment (3 June 2024) meets
     * that decision's occurrence, never January's stale one (decided 8 January, never visited, case closed 1 February).
     */
    @ParameterizedTest(name = "home visit {0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # home visit | as of      | # | due        | status   | why
            2024-06-10   | 2024-06-12 | 2 | 2024-06-10 | MET      | on the 5th working day after the second decision: that decision's visit, on time (audit A-S1a)
            2024-06-11   | 2024-06-12 | 2 | 2024-06-10 | MET_LATE | the day after (audit A-S1a)
            2024-06-04   | 2024-06-12 | 1 | 2024-01-15 | MISSED   | January's decision is not met by June's visit: missed when the case closed (audit A-S1a)
            """)
    void initial_home_visit_after_two_decisions(String visit, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = decided("2024-01-08", ReferralOutcome.SINGLE_ASSESSMENT).closed("2024-02-01")
                .referral("2024-06-03").referralDecision("2024-06-03", ReferralOutcome.SINGLE_ASSESSMENT).visit(visit, VisitPurpose.ASSESSMENT);
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("assessment.initial-home-visit", occurrence).as(why).isDueOn(due)
                .hasStatus(status);
    }
}
