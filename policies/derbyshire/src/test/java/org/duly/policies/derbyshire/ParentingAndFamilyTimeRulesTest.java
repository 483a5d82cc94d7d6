package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.policies.derbyshire.Tables.day;
import static org.duly.testkit.DulyAssertions.assertThat;

import org.duly.domain.events.FamilyTimeDirected;
import org.duly.domain.events.FamilyTimeDirectedBy;
import org.duly.domain.events.FamilyTimeSession;
import org.duly.domain.events.ParentingAssessmentAllocated;
import org.duly.domain.events.ParentingAssessmentMidwayReview;
import org.duly.domain.events.ParentingAssessmentPlanningMeeting;
import org.duly.domain.events.ParentingAssessmentReport;
import org.duly.domain.events.ParentingAssessmentSessionsCompleted;
import org.duly.domain.events.ParentingAssessmentStarted;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parenting assessment and family time rules of the Derbyshire catalogue, as tables a policy
 * author can read: given these events, on this date, expect this due date and status. A row whose due
 * date and status are "-" owes nothing at all.
 *
 * <p>Unless a row says otherwise the assessment is allocated on Wednesday 10 April 2024 and starts on
 * Wednesday 17 April; weeks are 7 calendar days.
 */
class ParentingAndFamilyTimeRulesTest {

    private static final String ALLOCATED = "2024-04-10";
    private static final String STARTED = "2024-04-17";

    private static ChildCase allocated() {
        return ChildCase.child("C-1").bornOn("2016-05-10")
                .with(ParentingAssessmentAllocated.builder().date(day(ALLOCATED)).build());
    }

    private static ChildCase started() {
        return allocated().with(ParentingAssessmentPlanningMeeting.builder().date(day("2024-04-16")).build(),
                ParentingAssessmentStarted.builder().date(day(STARTED)).build());
    }

    private static ParentingAssessmentSessionsCompleted sessionsCompleted(String date) {
        return ParentingAssessmentSessionsCompleted.builder().date(day(date)).directWorkSessions(12).observationSessions(12).build();
    }

    private static void check(Schedule schedule, String ruleId, String due, Status status, String why) {
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation(ruleId);
        } else {
            assertThat(schedule).obligation(ruleId).as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * PA-1: the planning meeting held prior to the assessment start date, read as at the latest the day before it
     * starts. The start is known only once it has happened, so the meeting is never DUE_SOON or UPCOMING.
     */
    @ParameterizedTest(name = "started {0}, planning meeting {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # started  | planning meeting | as of      | due        | status   | why
            2024-04-17 | 2024-04-16       | 2024-04-17 | 2024-04-16 | MET      | the day before the start: on time
            2024-04-17 | 2024-04-17       | 2024-04-17 | 2024-04-16 | MET_LATE | on the start day itself: "prior to" the start is missed by a day
            2024-04-17 | 2024-04-12       | 2024-04-17 | 2024-04-16 | MET      | earlier still
            2024-04-17 | -                | 2024-04-17 | 2024-04-16 | OVERDUE  | started without a planning meeting
            2024-04-17 | 2024-04-18       | 2024-04-20 | 2024-04-16 | OVERDUE  | a meeting after the start does not count for it
            2024-04-15 | -                | 2024-04-15 | 2024-04-14 | OVERDUE  | calendar days: for a Monday start, the day before is Sunday
            -          | 2024-04-12       | 2024-04-20 | -          | -        | allocated but not started: nothing to hold the meeting before yet
            """)
    void planning_meeting(String started, String meeting, String asOf, String due, Status status, String why) {
        ChildCase kase = allocated();
        if (meeting != null && (started == null || !day(meeting).isAfter(day(started)))) {
            kase.with(ParentingAssessmentPlanningMeeting.builder().date(day(meeting)).build());
        }
        if (started != null) {
            kase.with(ParentingAssessmentStarted.builder().date(day(started)).build());
            if (meeting != null && day(meeting).isAfter(day(started))) {
                kase.with(ParentingAssessmentPlanningMeeting.builder().date(day(meeting)).build());
            }
        }
        check(kase.schedule(asOf, DERBYSHIRE), "parenting.planning-meeting", due, status, why);
    }

    /** PA-2: the midway review at 6 weeks, read as by the end of the sixth week from the start date. */
    @ParameterizedTest(name = "midway review {0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # midway review | as of      | due        | status   | why
            2024-05-29      | 2024-05-30 | 2024-05-29 | MET      | 6 weeks after the start, on the day
            2024-05-30      | 2024-05-30 | 2024-05-29 | MET_LATE | the day after
            2024-05-08      | 2024-05-10 | 2024-05-29 | MET      | "at 6 weeks" is read as by 6 weeks: an earlier review is on time
            -               | 2024-05-01 | 2024-05-29 | UPCOMING | four weeks before
            -               | 2024-05-29 | 2024-05-29 | DUE_SOON | due today
            -               | 2024-05-30 | 2024-05-29 | OVERDUE  | the day after, no review
            """)
    void midway_review(String review, String asOf, String due, Status status, String why) {
        ChildCase kase = started();
        if (review != null) {
            kase.with(ParentingAssessmentMidwayReview.builder().date(day(review)).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "parenting.midway-review", due, status, why);
    }

    /** PA-3: the direct work and observation sessions completed within 12 weeks of the start. */
    @ParameterizedTest(name = "sessions completed {0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sessions completed | as of      | due        | status   | why
            2024-07-10           | 2024-07-11 | 2024-07-10 | MET      | 12 weeks after the start, on the day
            2024-07-11           | 2024-07-11 | 2024-07-10 | MET_LATE | the day after
            -                    | 2024-06-03 | 2024-07-10 | UPCOMING | five weeks before
            -                    | 2024-07-10 | 2024-07-10 | DUE_SOON | due today
            -                    | 2024-07-11 | 2024-07-10 | OVERDUE  | the day after, not completed
            """)
    void sessions_completed(String completed, String asOf, String due, Status status, String why) {
        ChildCase kase = started();
        if (completed != null) {
            kase.with(sessionsCompleted(completed));
        }
        check(kase.schedule(asOf, DERBYSHIRE), "parenting.sessions", due, status, why);
    }

    /** PA-4: the report, signed off and shared, 2 weeks after the end of the sessions. */
    @ParameterizedTest(name = "sessions completed {0}, report {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sessions completed | report     | as of      | due        | status   | why
            2024-07-10           | 2024-07-24 | 2024-07-25 | 2024-07-24 | MET      | 2 weeks after the sessions, on the day
            2024-07-10           | 2024-07-25 | 2024-07-25 | 2024-07-24 | MET_LATE | the day after
            2024-07-10           | -          | 2024-07-10 | 2024-07-24 | UPCOMING | on the day the sessions end: 5 working days reach only 17 July
            2024-07-10           | -          | 2024-07-24 | 2024-07-24 | DUE_SOON | due today
            2024-07-10           | -          | 2024-07-25 | 2024-07-24 | OVERDUE  | the day after, no report
            2024-07-12           | -          | 2024-07-12 | 2024-07-26 | UPCOMING | sessions ending late move the report
            -                    | -          | 2024-07-25 | -          | -        | no report is owed before the sessions end
            """)
    void report(String completed, String report, String asOf, String due, Status status, String why) {
        ChildCase kase = started();
        if (completed != null) {
            kase.with(sessionsCompleted(completed));
        }
        if (report != null) {
            kase.with(ParentingAssessmentReport.builder().date(day(report)).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "parenting.report", due, status, why);
    }

    /** PA-5: the whole process, to the report, within 14 weeks of allocation. */
    @ParameterizedTest(name = "report {0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # report   | as of      | due        | status   | why
            2024-07-17 | 2024-07-18 | 2024-07-17 | MET      | 14 weeks after the allocation on 10 April, on the day
            2024-07-18 | 2024-07-18 | 2024-07-17 | MET_LATE | the day after
            -          | 2024-06-03 | 2024-07-17 | UPCOMING | six weeks before
            -          | 2024-07-17 | 2024-07-17 | DUE_SOON | due today
            -          | 2024-07-18 | 2024-07-17 | OVERDUE  | the day after, no report
            """)
    void whole_process(String report, String asOf, String due, Status status, String why) {
        ChildCase kase = started();
        if (report != null) {
            kase.with(sessionsCompleted("2024-07-10"), ParentingAssessmentReport.builder().date(day(report)).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "parenting.whole-process", due, status, why);
    }

    /** FT-1: family time as directed by the court or the social worker: due on the first session's directed date. */
    @ParameterizedTest(name = "directed {0} by {1}, first session due {2}, session {3}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # directed | by            | first session due | session    | as of      | due        | status   | why
            2024-04-02 | COURT         | 2024-04-09        | 2024-04-09 | 2024-04-10 | 2024-04-09 | MET      | on the date directed
            2024-04-02 | COURT         | 2024-04-09        | 2024-04-10 | 2024-04-10 | 2024-04-09 | MET_LATE | the day after
            2024-04-02 | COURT         | 2024-04-19        | -          | 2024-04-02 | 2024-04-19 | UPCOMING | beyond the 5-working-day horizon (9 April)
            2024-04-02 | COURT         | 2024-04-09        | -          | 2024-04-09 | 2024-04-09 | DUE_SOON | due today
            2024-04-02 | COURT         | 2024-04-09        | -          | 2024-04-10 | 2024-04-09 | OVERDUE  | the day after, no session
            2024-04-02 | SOCIAL_WORKER | 2024-04-09        | 2024-04-09 | 2024-04-10 | 2024-04-09 | MET      | directed by the social worker: the same
            2024-04-02 | COURT         | -                 | -          | 2024-04-30 | -          | -        | a direction without a first session date sets no due date Duly can check
            """)
    void family_time_as_directed(String directed, FamilyTimeDirectedBy by, String firstDue, String session, String asOf, String due,
            Status status, String why) {
        var direction = FamilyTimeDirected.builder().date(day(directed)).directedBy(by);
        if (firstDue != null) {
            direction.firstSessionDue(day(firstDue));
        }
        ChildCase kase = ChildCase.child("C-1").bornOn("2016-05-10").with(direction.build());
        if (session != null) {
            kase.with(FamilyTimeSession.builder().date(day(session)).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "family-time.as-directed", due, status, why);
    }
}
