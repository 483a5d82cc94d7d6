package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.policies.derbyshire.Tables.dates;
import static org.duly.policies.derbyshire.Tables.day;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.util.List;
import org.duly.domain.events.AssessmentCompleted;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.Referral;
import org.duly.domain.events.ReferralAcknowledged;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.ServiceArea;
import org.duly.domain.events.StepDownTarget;
import org.duly.domain.events.SteppedDown;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.domain.workforce.WorkerRole;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The children in need rules of the Derbyshire catalogue, as tables a policy author can read: given a
 * referral or a plan and what followed, on this date, expect this due date and status. Several dates
 * in a cell are the events in order; a row whose due date and status are "-" owes nothing (for a
 * recurrence: not that occurrence, nor any after it).
 *
 * <p>Working days count the referral's own date as day 0. A referral on Thursday 28 March 2024 has
 * Good Friday (29 March) and Easter Monday (1 April) inside its period.
 */
class ChildrenInNeedRulesTest {

    private static ChildCase child() {
        return ChildCase.child("C-1").bornOn("2016-05-10");
    }

    /** A visit at which the child was seen, by a visitor in a role, or of a role not recorded. */
    private static Visit seen(String date, VisitPurpose purpose, WorkerRole visitor) {
        var visit = Visit.builder().date(day(date)).purpose(purpose).childSeen(true).seenAlone(false);
        if (visitor != null) {
            visit.visitorRole(visitor);
        }
        return visit.build();
    }

    /** CIN-1: a decision on the response within 1 working day of the referral. */
    @ParameterizedTest(name = "referral {0}, decision {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # referral | decision   | as of      | due        | status   | why
            2024-03-28 | 2024-04-02 | 2024-04-03 | 2024-04-02 | MET      | the next working day after Thursday 28 March is Tuesday: Good Friday and Easter Monday are skipped
            2024-03-28 | 2024-04-03 | 2024-04-03 | 2024-04-02 | MET_LATE | the day after
            2024-03-28 | 2024-03-28 | 2024-03-28 | 2024-04-02 | MET      | decided the same day
            2024-03-28 | -          | 2024-03-28 | 2024-04-02 | DUE_SOON | on the day of the referral: 1 working day is always within the horizon, so never UPCOMING
            2024-03-28 | -          | 2024-04-02 | 2024-04-02 | DUE_SOON | due today
            2024-03-28 | -          | 2024-04-03 | 2024-04-02 | OVERDUE  | the day after, no decision
            2024-03-08 | 2024-03-11 | 2024-03-11 | 2024-03-11 | MET      | a Friday referral: decided on Monday
            2024-03-09 | -          | 2024-03-12 | 2024-03-11 | OVERDUE  | a Saturday referral is day 0: due Monday
            """)
    void referral_decision(String referral, String decision, String asOf, String due, Status status, String why) {
        ChildCase kase = child().referral(referral);
        if (decision != null) {
            kase.referralDecision(decision, ReferralOutcome.SINGLE_ASSESSMENT);
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("cin.referral-decision").as(why).isDueOn(due).hasStatus(status);
    }

    /** CIN-1: receipt of the referral acknowledged within 1 working day. */
    @ParameterizedTest(name = "referral {0}, acknowledged {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # referral | acknowledged | as of      | due        | status   | why
            2024-03-28 | 2024-04-02   | 2024-04-03 | 2024-04-02 | MET      | the next working day after Thursday 28 March is Tuesday: Good Friday and Easter Monday are skipped
            2024-03-28 | 2024-04-03   | 2024-04-03 | 2024-04-02 | MET_LATE | the day after
            2024-03-28 | -            | 2024-03-28 | 2024-04-02 | DUE_SOON | on the day of the referral: never UPCOMING
            2024-03-28 | -            | 2024-04-02 | 2024-04-02 | DUE_SOON | due today
            2024-03-28 | -            | 2024-04-03 | 2024-04-02 | OVERDUE  | the day after, not acknowledged
            2024-03-09 | 2024-03-11   | 2024-03-12 | 2024-03-11 | MET      | a Saturday referral is day 0: due Monday
            """)
    void referral_acknowledged(String referral, String acknowledged, String asOf, String due, Status status, String why) {
        ChildCase kase = child().referral(referral);
        if (acknowledged != null) {
            kase.with(ReferralAcknowledged.builder().date(day(acknowledged)).build());
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("cin.referral-acknowledged").as(why).isDueOn(due).hasStatus(status);
    }

    /**
     * CIN-2: the child seen by a social worker within 7 working days of the referral; not owed once the referral
     * decision is that social care will not respond: early help, a partner agency, information and advice or no
     * further action.
     */
    @ParameterizedTest(name = "seen {0} by {1}, decision {2} on {3}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # seen     | by                      | decision                   | decided    | as of      | due        | status   | why
            2024-04-10 | SOCIAL_WORKER           | -                          | -          | 2024-04-11 | 2024-04-10 | MET      | on the 7th working day; Good Friday and Easter Monday are skipped
            2024-04-11 | SOCIAL_WORKER           | -                          | -          | 2024-04-11 | 2024-04-10 | MET_LATE | the day after
            -          | -                       | -                          | -          | 2024-03-28 | 2024-04-10 | UPCOMING | on the day of the referral: 5 working days reach only 8 April
            -          | -                       | -                          | -          | 2024-04-10 | 2024-04-10 | DUE_SOON | due today
            -          | -                       | -                          | -          | 2024-04-11 | 2024-04-10 | OVERDUE  | the day after, not seen
            2024-04-05 | EARLY_HELP_PRACTITIONER | -                          | -          | 2024-04-11 | 2024-04-10 | OVERDUE  | seen, but not by a social worker
            2024-04-05 | NEWLY_QUALIFIED_SOCIAL_WORKER | -                    | -          | 2024-04-11 | 2024-04-10 | MET      | a newly qualified social worker is a social worker
            2024-04-05 | PRACTICE_SUPERVISOR     | -                          | -          | 2024-04-11 | 2024-04-10 | MET      | a practice supervisor is a social worker
            2024-04-05 | TEAM_MANAGER            | -                          | -          | 2024-04-11 | 2024-04-10 | MET      | so is a team manager
            2024-04-05 | -                       | -                          | -          | 2024-04-11 | 2024-04-10 | MET      | a visitor whose role is not recorded is taken to be the social worker
            -          | -                       | REFERRAL_TO_PARTNER_AGENCY | 2024-04-02 | 2024-04-11 | 2024-04-10 | NOT_REQUIRED | referred to a partner agency before the child was due to be seen: not required
            -          | -                       | INFORMATION_AND_ADVICE     | 2024-04-02 | 2024-04-11 | 2024-04-10 | NOT_REQUIRED | information and advice: not required
            -          | -                       | REFERRAL_TO_PARTNER_AGENCY | 2024-04-10 | 2024-04-11 | 2024-04-10 | NOT_REQUIRED | decided on the day the child was due to be seen: not required
            -          | -                       | EARLY_HELP_ASSESSMENT      | 2024-04-02 | 2024-04-11 | 2024-04-10 | NOT_REQUIRED | early help, not social care: not required
            -          | -                       | NO_FURTHER_ACTION          | 2024-04-02 | 2024-04-11 | 2024-04-10 | NOT_REQUIRED | no further action: not required
            -          | -                       | SINGLE_ASSESSMENT          | 2024-04-02 | 2024-04-11 | 2024-04-10 | OVERDUE  | a single assessment: still owed
            -          | -                       | STRATEGY_DISCUSSION        | 2024-04-02 | 2024-04-11 | 2024-04-10 | OVERDUE  | a strategy discussion: still owed
            -          | -                       | REFERRAL_TO_PARTNER_AGENCY | 2024-04-12 | 2024-04-12 | 2024-04-10 | NOT_REQUIRED | decided after the child was due to be seen: the visit was never owed; the lateness is the decision's (cin.referral-decision)
            -          | -                       | INFORMATION_AND_ADVICE     | 2024-04-11 | 2024-04-11 | 2024-04-10 | NOT_REQUIRED | information and advice decided the day after the visit was due: not required, not overdue for ever (audit A-S4b)
            -          | -                       | NO_FURTHER_ACTION          | 2024-04-11 | 2024-04-11 | 2024-04-10 | NOT_REQUIRED | no further action decided the day after: not required (audit A-S4b)
            -          | -                       | NO_FURTHER_ACTION          | 2024-04-10 | 2024-04-10 | 2024-04-10 | NOT_REQUIRED | no further action decided on the due day: not required (audit A-S4b)
            2024-04-05 | SOCIAL_WORKER           | NO_FURTHER_ACTION          | 2024-04-11 | 2024-04-11 | 2024-04-10 | MET      | seen before the decision: the visit keeps its status
            """)
    void child_seen(String seen, WorkerRole by, ReferralOutcome decision, String decided, String asOf, String due, Status status,
            String why) {
        ChildCase kase = child().referral("2024-03-28");
        boolean seenFirst = seen != null && decided != null && day(seen).isBefore(day(decided));
        if (seenFirst) {
            kase.with(seen(seen, VisitPurpose.ASSESSMENT, by));
        }
        if (decision != null) {
            kase.referralDecision(decided, decision);
        }
        if (seen != null && !seenFirst) {
            kase.with(seen(seen, VisitPurpose.ASSESSMENT, by));
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation("cin.child-seen");
        } else {
            assertThat(schedule).obligation("cin.child-seen").as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * CIN-3: the child visited at least every 6 weeks while the child in need plan is open, counted from the actual
     * previous visit; visits before the plan are the assessment's (CIN-2).
     */
    @ParameterizedTest(name = "visits {0} by {1}, plan ended {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # visits              | by                      | plan ended | as of      | # | due        | status   | why
            2024-05-15            | SOCIAL_WORKER           | -          | 2024-05-16 | 1 | 2024-05-15 | MET      | 6 weeks after the plan, on the day
            2024-05-16            | SOCIAL_WORKER           | -          | 2024-05-16 | 1 | 2024-05-15 | MET_LATE | the day after
            -                     | -                       | -          | 2024-04-03 | 1 | 2024-05-15 | UPCOMING | on the day the plan is made
            -                     | -                       | -          | 2024-05-15 | 1 | 2024-05-15 | DUE_SOON | due today
            -                     | -                       | -          | 2024-05-16 | 1 | 2024-05-15 | OVERDUE  | the day after, no visit
            2024-04-02            | SOCIAL_WORKER           | -          | 2024-05-16 | 1 | 2024-05-15 | OVERDUE  | a visit the day before the plan was made does not count for it
            2024-05-10            | EARLY_HELP_PRACTITIONER | -          | 2024-05-16 | 1 | 2024-05-15 | OVERDUE  | not by a social worker
            2024-05-10            | PRACTICE_SUPERVISOR     | -          | 2024-05-16 | 1 | 2024-05-15 | MET      | a practice supervisor is a social worker
            2024-05-15            | SOCIAL_WORKER           | -          | 2024-05-16 | 2 | 2024-06-26 | UPCOMING | 6 weeks after the 1st visit
            2024-05-16            | SOCIAL_WORKER           | -          | 2024-05-16 | 2 | 2024-06-27 | UPCOMING | a late visit moves the next one
            2024-05-15 2024-06-26 | SOCIAL_WORKER           | -          | 2024-06-27 | 3 | 2024-08-07 | UPCOMING | the 3rd, 6 weeks after the 2nd
            2024-05-15 2024-06-28 | SOCIAL_WORKER           | -          | 2024-06-28 | 2 | 2024-06-26 | MET_LATE | the 2nd, two days late
            2024-05-15            | SOCIAL_WORKER           | 2024-06-20 | 2024-07-01 | 2 | -          | -        | the plan ended before the 2nd visit was due: not owed
            2024-05-15            | SOCIAL_WORKER           | 2024-07-01 | 2024-07-01 | 2 | 2024-06-26 | MISSED  | already overdue when the plan ended: missed, and a miss stays a miss
            """)
    void visits(String visits, WorkerRole by, String ended, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = child();
        List<String> all = dates(visits);
        all.stream().filter(visit -> visit.compareTo("2024-04-03") < 0).forEach(visit -> kase.with(seen(visit, VisitPurpose.ASSESSMENT, by)));
        kase.planCreated("2024-04-03", ChildsPlanKind.CHILD_IN_NEED);
        all.stream().filter(visit -> visit.compareTo("2024-04-03") >= 0).forEach(visit -> kase.with(seen(visit, VisitPurpose.CHILD_IN_NEED, by)));
        if (ended != null) {
            kase.planEnded(ended, ChildsPlanKind.CHILD_IN_NEED);
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasObligations("cin.visits", occurrence - 1);
        } else {
            assertThat(schedule).obligation("cin.visits", occurrence).as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * CIN-2 with two referrals: the child seen after the second referral (3 June 2024) meets that referral, never
     * January's stale one (referred 8 January, never seen, case closed 1 February).
     */
    @ParameterizedTest(name = "seen {0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # seen     | as of      | # | due        | status   | why
            2024-06-12 | 2024-06-14 | 2 | 2024-06-12 | MET      | seen on the 7th working day after the second referral: that referral's visit, on time (audit A-S1a)
            2024-06-13 | 2024-06-14 | 2 | 2024-06-12 | MET_LATE | the day after (audit A-S1a)
            2024-06-05 | 2024-06-14 | 1 | 2024-01-17 | MISSED   | January's referral is not met by June's visit: missed when the case closed, and a miss stays a miss (audit A-S1a)
            -          | 2024-06-14 | 2 | 2024-06-12 | OVERDUE  | not seen after the second referral: overdue
            """)
    void child_seen_after_two_referrals(String seen, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = child().referral("2024-01-08").closed("2024-02-01").referral("2024-06-03");
        if (seen != null) {
            kase.with(seen(seen, VisitPurpose.ASSESSMENT, WorkerRole.SOCIAL_WORKER));
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("cin.child-seen", occurrence).as(why).isDueOn(due).hasStatus(status);
    }

    /**
     * CIN-1, CIN-2: the section's referral rules are for referrals to social care; an early help request is decided under
     * the early help section (referral Thursday 28 March 2024).
     */
    @ParameterizedTest(name = "{0} to {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule                     | service     | as of      | due        | status   | why
            cin.referral-decision      | EARLY_HELP  | 2024-04-03 | -          | -        | an early help request owes no children in need decision in 1 working day (audit A-S13a)
            cin.referral-acknowledged  | EARLY_HELP  | 2024-04-03 | -          | -        | nor an acknowledgement (audit A-S13a)
            cin.child-seen             | EARLY_HELP  | 2024-04-11 | -          | -        | nor a social worker's visit in 7 working days (audit A-S13a)
            cin.referral-decision      | SOCIAL_CARE | 2024-04-02 | 2024-04-02 | DUE_SOON | a referral to social care: due the next working day, Good Friday and Easter Monday skipped (audit A-S13a)
            cin.referral-decision      | SOCIAL_CARE | 2024-04-03 | 2024-04-02 | OVERDUE  | the day after (audit A-S13a)
            cin.referral-acknowledged  | -           | 2024-04-03 | 2024-04-02 | OVERDUE  | a referral that does not say which service is read as social care's
            """)
    void referrals_to_social_care_only(String rule, ServiceArea service, String asOf, String due, Status status, String why) {
        Referral.Builder referral = Referral.builder().date(day("2024-03-28"));
        if (service != null) {
            referral.service(service);
        }
        Schedule schedule = child().with(referral.build()).schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation(rule);
        } else {
            assertThat(schedule).obligation(rule).as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * CIN-3 from the first visit: referral Saturday 24 August 2024, the child seen by a social worker on 4 September,
     * a child in need plan on 1 October, as in the audit's run R28. The visits run every 6 weeks from the visit of 4
     * September, through the plan: the next is due 16 October, not 6 weeks after the plan.
     */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # visits after the plan  | as of      | # | due        | status   | why
            2024-11-12 2024-12-27    | 2025-01-06 | 1 | 2024-10-16 | MET_LATE | the 69-day gap from 4 September to 12 November is late, as the audit's run R28 expected (audit A-S8b)
            2024-10-16               | 2024-10-17 | 1 | 2024-10-16 | MET      | 6 weeks after the visit of 4 September, on the day (audit A-S8b)
            2024-10-17               | 2024-10-17 | 1 | 2024-10-16 | MET_LATE | the day after (audit A-S8b)
            -                        | 2024-10-17 | 1 | 2024-10-16 | OVERDUE  | no visit: overdue on 17 October, where before nothing was due until 12 November (audit A-S8b)
            -                        | 2024-10-16 | 1 | 2024-10-16 | DUE_SOON | due today
            2024-11-12 2024-12-27    | 2025-01-06 | 2 | 2024-12-24 | MET_LATE | then 6 weeks from the last visit: 24 December, visited 27 December
            2024-11-12 2024-12-27    | 2025-01-06 | 3 | 2025-02-07 | UPCOMING | and 6 weeks from that
            2024-10-16               | 2024-10-17 | 2 | 2024-11-27 | UPCOMING | the plan starts no second round of visits: one chain, from the first visit
            """)
    void visits_from_the_first_visit(String visits, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = child().referral("2024-08-24").referralDecision("2024-08-27", ReferralOutcome.SINGLE_ASSESSMENT)
                .with(seen("2024-09-03", VisitPurpose.ASSESSMENT, WorkerRole.EARLY_HELP_PRACTITIONER))
                .with(seen("2024-09-04", VisitPurpose.ASSESSMENT, WorkerRole.SOCIAL_WORKER))
                .planCreated("2024-10-01", ChildsPlanKind.CHILD_IN_NEED);
        dates(visits).forEach(visit -> kase.with(seen(visit, VisitPurpose.CHILD_IN_NEED, WorkerRole.SOCIAL_WORKER)));
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        Tables.check(schedule, "cin.visits", occurrence, due, status, why);
        assertThat(schedule).as(why).hasObligations("cin.visits", Math.max(1, (int) schedule.entriesOf("cin.visits").stream()
                .filter(entry -> entry.chain() == 1).count()));
        org.assertj.core.api.Assertions.assertThat(schedule.entriesOf("cin.visits")).as(why).allMatch(entry -> entry.chain() == 1);
    }

    /** CIN-3: the visits from the first visit end when the case steps down or the assessment concludes no plan is needed. */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # then                           | as of      | # | due        | status       | why
            stepped down 2024-10-10          | 2024-10-20 | 1 | -          | -            | stepped down before the next visit was due: no longer owed
            stepped down 2024-10-20          | 2024-10-20 | 1 | 2024-10-16 | MISSED       | stepped down after it was due: missed
            no plan needed 2024-10-16        | 2024-10-20 | 1 | -          | -            | the assessment concluded that no plan is needed on the due day: no longer owed
            no plan needed 2024-10-17        | 2024-10-20 | 1 | 2024-10-16 | MISSED       | the day after it was due: missed, and a miss stays a miss
            section 47 2024-10-10            | 2024-10-20 | 1 | -          | -            | a section 47 enquiry before the next visit was due: the child protection standards apply instead
            """)
    void visits_before_the_plan_end(String then, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = child().referral("2024-08-24").referralDecision("2024-08-27", ReferralOutcome.SINGLE_ASSESSMENT)
                .with(seen("2024-09-04", VisitPurpose.ASSESSMENT, WorkerRole.SOCIAL_WORKER));
        String on = then.substring(then.lastIndexOf(' ') + 1);
        if (then.startsWith("section 47")) {
            kase.strategyDiscussion(on + "T10:00", true);
        } else if (then.startsWith("stepped down")) {
            kase.with(SteppedDown.builder().date(day(on)).to(StepDownTarget.EARLY_HELP).build());
        } else {
            kase.with(AssessmentCompleted.builder().date(day(on)).kind(AssessmentKind.SINGLE_ASSESSMENT).planNeeded(false).build());
        }
        Tables.check(kase.schedule(asOf, DERBYSHIRE), "cin.visits", occurrence, due, status, why);
    }

    /**
     * CIN-3, honest lateness: after the first visit on 15 May 2024, nothing until September: the second visit (due 26
     * June) says how many days late it was and how many further 6-week intervals passed in full without a visit.
     */
    @ParameterizedTest(name = "visited {0}, as of {1}: #2 {3}, {4} days late, {5} more missed")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # visited  | as of      | due        | status   | days late | intervals missed | why
            2024-09-18 | 2024-09-19 | 2024-06-26 | MET_LATE | 84        | 1                | visited on the day the next interval would have ended: one more interval (to 7 August) missed in full
            2024-09-19 | 2024-09-19 | 2024-06-26 | MET_LATE | 85        | 2                | the day after: a 4-month gap is two more intervals missed, not one visit 0 days late
            -          | 2024-09-18 | 2024-06-26 | OVERDUE  | 84        | 1                | not yet visited: overdue 84 days, one more interval gone
            -          | 2024-09-19 | 2024-06-26 | OVERDUE  | 85        | 2                | the day after, two
            """)
    void a_long_gap_in_visits(String visited, String asOf, String due, String status, long daysLate, int intervalsMissed, String why) {
        ChildCase kase = child().planCreated("2024-04-03", ChildsPlanKind.CHILD_IN_NEED)
                .with(seen("2024-05-15", VisitPurpose.CHILD_IN_NEED, WorkerRole.SOCIAL_WORKER));
        if (visited != null) {
            kase.with(seen(visited, VisitPurpose.CHILD_IN_NEED, WorkerRole.SOCIAL_WORKER));
        }
        Tables.checkLateness(kase.schedule(asOf, DERBYSHIRE), "cin.visits", 2, due, status, daysLate, intervalsMissed, why);
    }
    /**
     * CIN-3: the visits resume when a section 47 enquiry ends without a child protection plan and the case stays open
     * ("whilst the case remains open"). Referral 24 August 2024, the child seen on 4 September, a strategy discussion on
     * 20 September that initiated section 47 enquiries; then the enquiry's end.
     */
    @ParameterizedTest(name = "{0}, visits {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # the enquiry ends                                     | visits                 | as of      | due        | status   | why
            section 47 completed 2024-10-01 no                     | 2024-11-12             | 2024-11-13 | 2024-11-12 | MET      | no conference needed, the case open: the visits resume, the first within 6 weeks (review #28)
            section 47 completed 2024-10-01 no                     | 2024-11-13             | 2024-11-13 | 2024-11-12 | MET_LATE | the day after (review #28)
            section 47 completed 2024-10-01 no                     | -                      | 2024-11-13 | 2024-11-12 | OVERDUE  | not visited: overdue, not silently unvisited (review #28)
            section 47 completed 2024-10-01 no                     | 2024-11-12 2024-12-24  | 2024-12-25 | 2024-12-24 | MET      | then every 6 weeks from the last visit (review #28)
            initial conference without a plan 2024-10-08           | 2024-11-19             | 2024-11-20 | 2024-11-19 | MET      | the initial conference made no plan: the visits resume from it (review #28)
            initial conference without a plan 2024-10-08           | 2024-11-20             | 2024-11-20 | 2024-11-19 | MET_LATE | the day after (review #28)
            initial conference 2024-10-08                          | -                      | 2024-11-20 | -          | -        | a child protection plan: its visits follow the child protection standards (review #28)
            section 47 completed 2024-10-01 no, closed 2024-10-01  | -                      | 2024-11-13 | -          | -        | the case closed when the enquiry ended: no visits owed (review #28)
            """)
    void visits_resume_after_an_enquiry_without_a_plan(String ends, String visits, String asOf, String due, Status status, String why) {
        ChildCase kase = child().referral("2024-08-24").referralDecision("2024-08-27", ReferralOutcome.SINGLE_ASSESSMENT)
                .with(seen("2024-09-04", VisitPurpose.ASSESSMENT, WorkerRole.SOCIAL_WORKER))
                .strategyDiscussion("2024-09-20T10:00", true);
        Story.tell(kase, ends);
        dates(visits).forEach(visit -> kase.with(seen(visit, VisitPurpose.CHILD_IN_NEED, WorkerRole.SOCIAL_WORKER)));
        java.util.List<org.duly.workflows.engine.ScheduleEntry> afterTheEnquiry = kase.schedule(asOf, DERBYSHIRE).entriesOf("cin.visits")
                .stream().filter(entry -> entry.due().filter(date -> date.isAfter(day("2024-10-01"))).isPresent()).toList();
        if (status == null) {
            org.assertj.core.api.Assertions.assertThat(afterTheEnquiry).as(why).isEmpty();
        } else {
            org.assertj.core.api.Assertions.assertThat(afterTheEnquiry).as(why)
                    .anySatisfy(entry -> org.assertj.core.api.Assertions.assertThat(entry.due().orElseThrow() + " " + entry.status())
                            .isEqualTo(due + " " + status));
        }
    }
}
