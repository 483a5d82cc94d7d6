package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.policies.derbyshire.Tables.day;
import static org.duly.testkit.DulyAssertions.assertThat;

import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.FamilyTimeDirected;
import org.duly.domain.events.FamilyTimeDirectedBy;
import org.duly.domain.events.FamilyTimeSession;
import org.duly.domain.events.ParentingAssessmentAllocated;
import org.duly.domain.events.ParentingAssessmentFinalReview;
import org.duly.domain.events.ParentingAssessmentMidwayReview;
import org.duly.domain.events.ParentingAssessmentPlanningMeeting;
import org.duly.domain.events.ParentingAssessmentReport;
import org.duly.domain.events.ParentingAssessmentSessionsCompleted;
import org.duly.domain.events.ParentingAssessmentStarted;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
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

    /**
     * PA-1: the planning meeting flagged before the assessment starts. Allocated on Wednesday 10 April 2024 with its start
     * planned for Wednesday 1 May: the meeting is owed from the allocation, due on 30 April, the day before; an actual
     * start earlier than planned brings it forward.
     */
    @ParameterizedTest(name = "planned start {0}, {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # planned start | more                                   | as of      | due        | status   | why
            2024-05-01      | -                                      | 2024-04-11 | 2024-04-30 | UPCOMING | owed from the allocation, before the assessment starts (audit A-S13d)
            2024-05-01      | -                                      | 2024-04-24 | 2024-04-30 | DUE_SOON | flagged 5 working days ahead (audit A-S13d)
            2024-05-01      | -                                      | 2024-05-01 | 2024-04-30 | OVERDUE  | the day before the planned start passed with no meeting (audit A-S13d)
            2024-05-01      | meeting 2024-04-30                     | 2024-05-01 | 2024-04-30 | MET      | held the day before the planned start
            2024-05-01      | meeting 2024-05-01                     | 2024-05-02 | 2024-04-30 | MET_LATE | held on the planned start day: the day after
            2024-05-01      | meeting 2024-04-23, started 2024-04-24 | 2024-04-25 | 2024-04-23 | MET      | started a week early: due the day before the actual start
            2024-05-01      | started 2024-04-24, meeting 2024-04-24 | 2024-04-25 | 2024-04-23 | MET_LATE | the day after
            2024-05-07      | -                                      | 2024-05-07 | 2024-05-06 | OVERDUE  | calendar days: due on the early May bank holiday, not moved
            """)
    void planning_meeting_flagged_in_advance(String plannedStart, String more, String asOf, String due, Status status, String why) {
        ChildCase kase = ChildCase.child("C-1").bornOn("2016-05-10").with(ParentingAssessmentAllocated.builder().date(day(ALLOCATED))
                .plannedStart(day(plannedStart)).build());
        if (more != null) {
            for (String item : more.split(",")) {
                String[] whatAndDate = item.trim().split(" ");
                kase.with(whatAndDate[0].equals("started") ? ParentingAssessmentStarted.builder().date(day(whatAndDate[1])).build()
                        : ParentingAssessmentPlanningMeeting.builder().date(day(whatAndDate[1])).build());
            }
        }
        check(kase.schedule(asOf, DERBYSHIRE), "parenting.planning-meeting", due, status, why);
    }

    /**
     * The final review before the assessment write-up: due by the day the sessions are completed, or 12 weeks after the
     * start (10 July 2024), when they are due to end, if sooner.
     */
    @ParameterizedTest(name = "sessions completed {0}, final review {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sessions completed | final review | as of      | due        | status   | why
            -                    | 2024-07-10   | 2024-07-11 | 2024-07-10 | MET      | 12 weeks after the start, when the sessions are due to end (audit A-S8e)
            -                    | 2024-07-11   | 2024-07-11 | 2024-07-10 | MET_LATE | the day after (audit A-S8e)
            -                    | -            | 2024-07-03 | 2024-07-10 | DUE_SOON | flagged before the write-up
            -                    | -            | 2024-07-11 | 2024-07-10 | OVERDUE  | the day after, no final review (audit A-S8e)
            2024-07-03           | 2024-07-03   | 2024-07-04 | 2024-07-03 | MET      | the sessions ended early: the review by the day they ended
            2024-07-03           | 2024-07-04   | 2024-07-04 | 2024-07-03 | MET_LATE | a review after the write-up began is late (audit A-S8e)
            """)
    void final_review_before_the_write_up(String completed, String review, String asOf, String due, Status status, String why) {
        ChildCase kase = started();
        if (completed != null) {
            kase.with(sessionsCompleted(completed));
        }
        if (review != null) {
            kase.with(ParentingAssessmentFinalReview.builder().date(day(review)).build());
        }
        check(kase.schedule(asOf, DERBYSHIRE), "parenting.final-review", due, status, why);
    }

    /**
     * PA-2: the midway review at 6 weeks, read as in the sixth week from the start date: the window opens 5 weeks after
     * the start (22 May) and closes 6 weeks after it (29 May).
     */
    @ParameterizedTest(name = "midway review {0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # midway review | as of      | due        | status   | why
            2024-05-29      | 2024-05-30 | 2024-05-29 | MET      | 6 weeks after the start, on the day
            2024-05-30      | 2024-05-30 | 2024-05-29 | MET_LATE | the day after
            2024-05-22      | 2024-05-30 | 2024-05-29 | MET      | on the first day of the sixth week, when the window opens (audit A-S5d)
            2024-05-21      | 2024-05-30 | 2024-05-29 | OVERDUE  | the day before the window opens: not the midway review (audit A-S5d)
            2024-05-08      | 2024-05-10 | 2024-05-29 | UPCOMING | a review in the fourth week is not "at 6 weeks": the midway review is still owed
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
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("parenting.midway-review").as(why).opensOn("2024-05-22");
    }

    /**
     * PA-1 to PA-5 with two assessments at once, each record naming its assessment: the mother's (PA-M) allocated on
     * 8 January 2024, planned on the 12th and started on the 15th; the father's (PA-F) allocated on 5 February, planned
     * on the 9th and started on the 12th. Occurrence 1 is the mother's, 2 the father's. A record for one assessment
     * never meets the other's, even when the other's is the more recent.
     */
    @ParameterizedTest(name = "{0}: {1} #{2} as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # records                     | rule                     | # | as of      | due        | status   | why
            midway PA-M 2024-03-20        | parenting.midway-review  | 1 | 2024-03-28 | 2024-02-26 | MET_LATE | the mother's late review meets her assessment (audit A-S1b)
            midway PA-M 2024-03-20        | parenting.midway-review  | 2 | 2024-03-28 | 2024-03-25 | OVERDUE  | and not the father's, the more recent one (audit A-S1b)
            midway PA-F 2024-03-25        | parenting.midway-review  | 2 | 2024-03-28 | 2024-03-25 | MET      | the father's review on his due day (audit A-S1b)
            midway PA-F 2024-03-26        | parenting.midway-review  | 2 | 2024-03-28 | 2024-03-25 | MET_LATE | the day after (audit A-S1b)
            midway PA-F 2024-03-25        | parenting.midway-review  | 1 | 2024-03-28 | 2024-02-26 | OVERDUE  | the father's review never meets the mother's (audit A-S1b)
            sessions PA-M 2024-04-08      | parenting.sessions       | 1 | 2024-04-10 | 2024-04-08 | MET      | the mother's sessions on her due day (audit A-S1b)
            sessions PA-M 2024-04-09      | parenting.sessions       | 1 | 2024-04-10 | 2024-04-08 | MET_LATE | the day after, still hers (audit A-S1b)
            sessions PA-M 2024-04-09      | parenting.sessions       | 2 | 2024-04-10 | 2024-05-06 | UPCOMING | the father's sessions are still to come (audit A-S1b)
            report PA-M 2024-04-15        | parenting.whole-process  | 1 | 2024-04-16 | 2024-04-15 | MET      | the mother's report, 14 weeks after her allocation (audit A-S1b)
            report PA-M 2024-04-16        | parenting.whole-process  | 1 | 2024-04-17 | 2024-04-15 | MET_LATE | the day after (audit A-S1b)
            report PA-M 2024-04-16        | parenting.whole-process  | 2 | 2024-04-17 | 2024-05-13 | UPCOMING | and not the father's (audit A-S1b)
            sessions PA-M 2024-04-08, report PA-M 2024-04-22 | parenting.report | 1 | 2024-04-23 | 2024-04-22 | MET | the mother's report 2 weeks after her sessions
            """)
    void two_assessments_at_once(String records, String ruleId, int occurrence, String asOf, String due, Status status, String why) {
        ChildCase kase = ChildCase.child("C-1").bornOn("2016-05-10").with(
                ParentingAssessmentAllocated.builder().date(day("2024-01-08")).assessmentId("PA-M").build(),
                ParentingAssessmentPlanningMeeting.builder().date(day("2024-01-12")).assessmentId("PA-M").build(),
                ParentingAssessmentStarted.builder().date(day("2024-01-15")).assessmentId("PA-M").build(),
                ParentingAssessmentAllocated.builder().date(day("2024-02-05")).assessmentId("PA-F").build(),
                ParentingAssessmentPlanningMeeting.builder().date(day("2024-02-09")).assessmentId("PA-F").build(),
                ParentingAssessmentStarted.builder().date(day("2024-02-12")).assessmentId("PA-F").build());
        for (String record : records.split(",")) {
            String[] kindIdDate = record.trim().split("\\s+");
            var date = day(kindIdDate[2]);
            String id = kindIdDate[1];
            CaseEvent event = switch (kindIdDate[0]) {
                case "midway" -> ParentingAssessmentMidwayReview.builder().date(date).assessmentId(id).build();
                case "sessions" -> ParentingAssessmentSessionsCompleted.builder().date(date).assessmentId(id).directWorkSessions(12)
                        .observationSessions(12).build();
                case "report" -> ParentingAssessmentReport.builder().date(date).assessmentId(id).build();
                default -> throw new IllegalArgumentException("no such parenting assessment record: " + record);
            };
            kase.with(event);
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation(ruleId, occurrence).as(why).isDueOn(due).hasStatus(status);
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

    /** PA-3: "12 direct work sessions and 12 observation sessions": fewer do not complete them. */
    @ParameterizedTest(name = "{0} direct and {1} observation sessions completed {2}, as of {3}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # direct | observation | completed  | as of      | due        | status   | why
            12       | 12          | 2024-07-10 | 2024-07-11 | 2024-07-10 | MET      | 12 and 12 on the day (audit A-S5d)
            11       | 12          | 2024-07-10 | 2024-07-11 | 2024-07-10 | OVERDUE  | one direct work session short: not completed (audit A-S5d)
            12       | 11          | 2024-07-10 | 2024-07-11 | 2024-07-10 | OVERDUE  | one observation session short
            5        | 3           | 2024-07-10 | 2024-07-11 | 2024-07-10 | OVERDUE  | 5 and 3 are not the 12 and 12 (audit A-S5d)
            14       | 12          | 2024-07-11 | 2024-07-11 | 2024-07-10 | MET_LATE | more than 12, a day late
            """)
    void sessions_are_twelve_and_twelve(int direct, int observation, String completed, String asOf, String due, Status status, String why) {
        ChildCase kase = started().with(ParentingAssessmentSessionsCompleted.builder().date(day(completed)).directWorkSessions(direct)
                .observationSessions(observation).build());
        check(kase.schedule(asOf, DERBYSHIRE), "parenting.sessions", due, status, why);
    }

    /**
     * PA-3: a shortfall is not met, and the schedule says by how many: the entry still owed names the sessions
     * recorded in its window, in its reason and its explanation.
     */
    @ParameterizedTest(name = "{0} direct and {1} observation sessions completed {2}, as of {3}: {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # direct | observation | completed  | as of      | status   | reason                                                                           | why
            5        | 3           | 2024-07-10 | 2024-07-10 | DUE_SOON | the record on 2024-07-10 fell short: 5 direct-work and 3 observation sessions of the 12 and 12 | recorded on the due date, 5 and 3: the schedule says so that day (audit PA-3)
            5        | 3           | 2024-07-10 | 2024-07-11 | OVERDUE  | the record on 2024-07-10 fell short: 5 direct-work and 3 observation sessions of the 12 and 12 | the day after: still not met, still saying by how many (audit PA-3)
            12       | 11          | 2024-07-11 | 2024-07-11 | OVERDUE  | the record on 2024-07-11 fell short: 12 direct-work and 11 observation sessions of the 12 and 12 | a day late and one observation session short
            12       | 12          | 2024-07-11 | 2024-07-11 | MET_LATE | -                                                                                | the 12 and 12 a day late: met, no shortfall to name
            """)
    void a_shortfall_says_by_how_many(int direct, int observation, String completed, String asOf, Status status, String reason, String why) {
        ChildCase kase = started().with(ParentingAssessmentSessionsCompleted.builder().date(day(completed)).directWorkSessions(direct)
                .observationSessions(observation).build());
        ScheduleEntry entry = kase.schedule(asOf, DERBYSHIRE).entriesOf("parenting.sessions").get(0);
        org.assertj.core.api.Assertions.assertThat(entry.status()).as(why).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(entry.reason()).as(why).isEqualTo(java.util.Optional.ofNullable(reason));
        if (reason != null) {
            org.assertj.core.api.Assertions.assertThat(entry.explanationInEnglish()).as(why).endsWith("; " + reason);
        }
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

    /**
     * FT-1: a direction that sets no date for the first session cannot be checked: it is reported as such, with the
     * reason, never silently left out.
     */
    @ParameterizedTest(name = "directed {0}, first session due {1}, as of {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # directed | first session due | as of      | status         | why
            2024-06-03 | -                 | 2024-06-20 | CANNOT_COMPUTE | a court direction with no first date: reported, needing the date of the first session (audit A-S8a)
            2024-06-03 | 2024-06-10        | 2024-06-20 | OVERDUE        | with a first date: owed by it
            """)
    void a_direction_without_a_first_date(String directed, String firstDue, String asOf, Status status, String why) {
        var direction = FamilyTimeDirected.builder().date(day(directed)).directedBy(FamilyTimeDirectedBy.COURT).intervalDays(7);
        if (firstDue != null) {
            direction.firstSessionDue(day(firstDue));
        }
        Schedule schedule = ChildCase.child("C-1").bornOn("2016-05-10").with(direction.build()).schedule(asOf, DERBYSHIRE);
        assertThat(schedule).obligation("family-time.as-directed").as(why).hasStatus(status);
        if (status == Status.CANNOT_COMPUTE) {
            org.assertj.core.api.Assertions.assertThat(schedule.entriesOf("family-time.as-directed").get(0).reason()).as(why)
                    .hasValueSatisfying(reason -> org.assertj.core.api.Assertions.assertThat(reason)
                            .contains("the date of the first session").contains("2024-06-03"));
        }
    }

    /**
     * FT-1: the directed frequency recurs, each session due the directed interval after the last one. A weekly court
     * order made on 27 February 2024, the first session due on Tuesday 5 March: the 2nd is due 7 days after the 1st.
     * The row says how many days late a session came and how many further weekly intervals passed in full without one.
     */
    @ParameterizedTest(name = "sessions {0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sessions                         | as of      | # | due        | status   | days late | intervals | why
            2024-03-05 2024-03-12              | 2024-03-13 | 2 | 2024-03-12 | MET      | 0         | 0         | a week after the 1st session, on the day (audit A-S8a)
            2024-03-05 2024-03-13              | 2024-03-14 | 2 | 2024-03-12 | MET_LATE | 1         | 0         | the day after (audit A-S8a)
            2024-03-05 2024-03-13              | 2024-03-14 | 3 | 2024-03-20 | DUE_SOON | 0         | 0         | counted from the late session, not from its due date (audit A-S8a)
            2024-03-05                         | 2024-03-12 | 2 | 2024-03-12 | DUE_SOON | 0         | 0         | due today
            2024-03-05                         | 2024-03-13 | 2 | 2024-03-12 | OVERDUE  | 1         | 0         | the day after, no session (audit A-S8a)
            2024-03-05 2024-04-02              | 2024-04-03 | 2 | 2024-03-12 | MET_LATE | 21        | 2         | sessions on 5 March and 2 April only: the weeks of 19 and 26 March missed too (audit A-S8a)
            2024-03-05 2024-03-12 2024-03-19 2024-03-26 | 2024-03-27 | 4 | 2024-03-26 | MET | 0    | 0         | the 4th weekly session
            2024-03-05 2024-03-12 2024-03-19 2024-03-26 2024-04-02 | 2024-04-03 | 5 | 2024-04-02 | MET | 0 | 0 | calendar days: the week over Easter is not lengthened
            """)
    void the_directed_frequency_recurs(String sessions, String asOf, int occurrence, String due, String status, long daysLate,
            int intervals, String why) {
        ChildCase kase = ChildCase.child("C-1").bornOn("2016-05-10").with(FamilyTimeDirected.builder().date(day("2024-02-27"))
                .directedBy(FamilyTimeDirectedBy.COURT).firstSessionDue(day("2024-03-05")).intervalDays(7).build());
        for (String session : sessions.trim().split("\\s+")) {
            kase.with(FamilyTimeSession.builder().date(day(session)).build());
        }
        Tables.checkLateness(kase.schedule(asOf, DERBYSHIRE), "family-time.as-directed", occurrence, due, status, daysLate, intervals, why);
    }

    /** FT-1: a direction that sets no frequency asks for its first session only. */
    @ParameterizedTest(name = "interval {0}, as of {1}: #2 {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # interval | as of      | due        | status   | why
            -          | 2024-04-30 | -          | NOT_OWED | no frequency set: only the first session is owed
            14         | 2024-04-30 | 2024-03-19 | OVERDUE  | fortnightly: the 2nd session 14 days after the 1st
            """)
    void a_direction_without_a_frequency(Integer interval, String asOf, String due, String status, String why) {
        var direction = FamilyTimeDirected.builder().date(day("2024-02-27")).directedBy(FamilyTimeDirectedBy.SOCIAL_WORKER)
                .firstSessionDue(day("2024-03-05"));
        if (interval != null) {
            direction.intervalDays(interval);
        }
        ChildCase kase = ChildCase.child("C-1").bornOn("2016-05-10").with(direction.build(),
                FamilyTimeSession.builder().date(day("2024-03-05")).build());
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "family-time.as-directed", 1, 2, due, status, why);
    }

    /**
     * FT-1: a new direction replaces the one before. The social worker arranges weekly family time on 1 May 2024, the
     * first session due on 10 May; the court then directs it, the first session due on 20 May. Each direction starts its
     * own chain (1 the arrangement, 2 the court's direction): the arrangement replaced before its first session fell due
     * is no longer owed (not listed); replaced after, it stays missed; sessions from the new direction's day on meet the
     * new one.
     */
    @ParameterizedTest(name = "court directed {0}, session {1}, as of {2}: {3}.{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # court directed | session    | as of      | chain | # | due        | status   | why
            2024-05-08       | 2024-05-20 | 2024-05-21 | 1     | 1 | -          | NOT_OWED | replaced by the court's direction before its first session was due: no longer owed (audit A-S1c)
            2024-05-08       | 2024-05-20 | 2024-05-21 | 2     | 1 | 2024-05-20 | MET      | the session meets the court's direction, not the one it replaced (audit A-S1c)
            2024-05-08       | 2024-05-21 | 2024-05-22 | 2     | 1 | 2024-05-20 | MET_LATE | the day after the court's date (audit A-S1c)
            2024-05-08       | 2024-05-20 | 2024-05-21 | 2     | 2 | 2024-05-27 | DUE_SOON | then weekly, as the court directs
            2024-05-10       | -          | 2024-05-11 | 1     | 1 | -          | NOT_OWED | replaced on its due day: not yet late, no longer owed (audit A-S1c)
            2024-05-11       | -          | 2024-05-12 | 1     | 1 | 2024-05-10 | MISSED   | replaced the day after it fell due: the miss stays (audit A-S1c)
            2024-05-08       | 2024-05-09 | 2024-05-12 | 2     | 1 | 2024-05-20 | MET      | a session after the court's direction is for the direction, not the arrangement
            """)
    void a_new_direction_replaces_the_one_before(String courtDirected, String session, String asOf, int chain, int occurrence,
            String due, String status, String why) {
        ChildCase kase = ChildCase.child("C-1").bornOn("2016-05-10").with(
                FamilyTimeDirected.builder().date(day("2024-05-01")).directedBy(FamilyTimeDirectedBy.SOCIAL_WORKER)
                        .firstSessionDue(day("2024-05-10")).intervalDays(7).build(),
                FamilyTimeDirected.builder().date(day(courtDirected)).directedBy(FamilyTimeDirectedBy.COURT)
                        .firstSessionDue(day("2024-05-20")).intervalDays(7).build());
        if (session != null) {
            kase.with(FamilyTimeSession.builder().date(day(session)).build());
        }
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "family-time.as-directed", chain, occurrence, due, status, why);
    }

    /** What the notes say where the reading alone would mislead a policy author (the handbook review). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule | the notes or the reading say | why
            parenting.final-review | still due at 12 weeks, before the sessions have ended | sessions that overrun (review #19)
            parenting.report | fully signed off, shared with the family | what the report record means (review #20)
            parenting.whole-process | fully signed off, shared with the family | the same report (review #20)
            """)
    void notes_say_what_the_booklet_leaves_open(String ruleId, String words, String why) {
        Tables.checkNotesSay(ruleId, words, why);
    }
}
