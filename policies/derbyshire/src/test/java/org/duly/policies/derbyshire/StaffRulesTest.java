package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.duly.domain.staff.LeftPost;
import org.duly.domain.staff.ReflectiveCaseReviewAllocated;
import org.duly.domain.staff.ReflectiveCaseReviewCompleted;
import org.duly.domain.staff.RoleChanged;
import org.duly.domain.staff.StaffEvent;
import org.duly.domain.staff.SupervisionSession;
import org.duly.domain.workforce.WorkerRole;
import org.duly.testkit.ObligationAssert;
import org.duly.testkit.StaffCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The supervision and reflective case review rules of the Derbyshire catalogue, as tables a policy
 * author can read: given a worker's record, on this date, expect this due date and status. Each
 * table has the boundary day and the day after; the recurring rules have their 2nd and 3rd
 * occurrences, counted from the actual date of the one before, and what ends them. A status of "-"
 * means that occurrence is not owed at all. Lists of dates are separated by spaces.
 */
class StaffRulesTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static List<String> dates(String list) {
        return list == null ? List.of() : List.of(list.trim().split("\\s+"));
    }

    /** A worker started on a date, with more events recorded in date order. */
    private static Schedule worker(WorkerRole role, String started, List<StaffEvent> more, String asOf) {
        List<StaffEvent> events = new ArrayList<>(more);
        events.sort(Comparator.comparing(StaffEvent::date));
        return StaffCase.worker("W-1", role).startedOn(started).with(events.toArray(StaffEvent[]::new)).schedule(asOf, DERBYSHIRE);
    }

    /** The n-th occurrence due on the date with the status; "-" (null) when it is not owed, the ones before it being there. */
    private static void expect(Schedule schedule, String ruleId, int occurrence, String due, Status status, String why) {
        if (status == null) {
            assertThat(schedule).as(why).hasObligations(ruleId, occurrence - 1);
        } else if (status == Status.NOT_APPLICABLE) {
            assertThat(schedule).obligation(ruleId).as(why).isNotApplicable();
        } else {
            assertThat(schedule).obligation(ruleId, occurrence).as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * SUP-1, SUP-2, SUP-3: supervision within a month of starting in post, then monthly for social
     * workers, fortnightly for newly qualified social workers, ideally every 4 and at most every 6
     * weeks for other staff; the role on the day of the previous session chooses (the interpretation).
     * Until the worker leaves.
     */
    @ParameterizedTest(name = "{0} from {1}, sessions {2}, role changed {3}, left {4}, as of {5}: #{6} due {8}, {9}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # role                        | started    | sessions                         | role changed             | left       | as of      | # | ideally    | due        | status   | why
            SOCIAL_WORKER                 | 2024-01-08 | 2024-02-08                       | -                        | -          | 2024-02-12 | 1 | -          | 2024-02-08 | MET      | a month after starting in post
            SOCIAL_WORKER                 | 2024-01-08 | 2024-02-09                       | -                        | -          | 2024-02-12 | 1 | -          | 2024-02-08 | MET_LATE | the day after
            SOCIAL_WORKER                 | 2024-01-08 | -                                | -                        | -          | 2024-01-08 | 1 | -          | 2024-02-08 | UPCOMING | more than 5 working days ahead
            SOCIAL_WORKER                 | 2024-01-08 | -                                | -                        | -          | 2024-02-08 | 1 | -          | 2024-02-08 | DUE_SOON | due today
            SOCIAL_WORKER                 | 2024-01-08 | -                                | -                        | -          | 2024-02-09 | 1 | -          | 2024-02-08 | OVERDUE  | the day after, no supervision
            SOCIAL_WORKER                 | 2024-01-08 | 2024-02-05 2024-03-05            | -                        | -          | 2024-03-06 | 2 | -          | 2024-03-05 | MET      | a month after the 1st session (5 February), not after its due date
            SOCIAL_WORKER                 | 2024-01-08 | 2024-02-05 2024-03-06            | -                        | -          | 2024-03-07 | 2 | -          | 2024-03-05 | MET_LATE | the day after
            SOCIAL_WORKER                 | 2024-01-08 | 2024-02-09                       | -                        | -          | 2024-03-11 | 2 | -          | 2024-03-09 | OVERDUE  | a late 1st session (9 February) moves the 2nd
            SOCIAL_WORKER                 | 2024-01-08 | 2024-02-05 2024-03-04 2024-04-04 | -                        | -          | 2024-04-05 | 3 | -          | 2024-04-04 | MET      | a month after the 2nd session
            SOCIAL_WORKER                 | 2024-01-08 | 2024-02-05 2024-03-04 2024-04-05 | -                        | -          | 2024-04-08 | 3 | -          | 2024-04-04 | MET_LATE | the day after
            SOCIAL_WORKER                 | 2024-01-08 | 2024-01-31                       | -                        | -          | 2024-02-20 | 2 | -          | 2024-02-29 | UPCOMING | a month from 31 January is 29 February, rounded down
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-09-02 | 2024-09-16 2024-09-30            | -                        | -          | 2024-10-01 | 2 | -          | 2024-09-30 | MET      | fortnightly for a newly qualified social worker
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-09-02 | 2024-09-16 2024-10-01            | -                        | -          | 2024-10-02 | 2 | -          | 2024-09-30 | MET_LATE | the day after
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-09-02 | 2024-09-16 2024-10-01            | -                        | -          | 2024-10-15 | 3 | -          | 2024-10-15 | DUE_SOON | a fortnight from the late 2nd session
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-09-02 | 2024-09-16 2024-09-30 2024-10-14 | 2024-10-07 SOCIAL_WORKER | -          | 2024-10-20 | 4 | -          | 2024-11-14 | UPCOMING | a social worker on the day of the 3rd session: a month
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-09-02 | 2024-09-16 2024-09-30 2024-10-04 | 2024-10-07 SOCIAL_WORKER | -          | 2024-10-08 | 4 | -          | 2024-10-18 | UPCOMING | still newly qualified on the day of the 3rd session: a fortnight
            OTHER_STAFF                   | 2024-01-08 | 2024-02-05                       | -                        | -          | 2024-02-06 | 2 | 2024-03-04 | 2024-03-18 | UPCOMING | other staff: ideally 4 weeks, at most 6
            OTHER_STAFF                   | 2024-01-08 | 2024-02-05 2024-03-18            | -                        | -          | 2024-03-19 | 2 | 2024-03-04 | 2024-03-18 | MET      | on the last day of the 6 weeks
            OTHER_STAFF                   | 2024-01-08 | 2024-02-05 2024-03-19            | -                        | -          | 2024-03-20 | 2 | 2024-03-04 | 2024-03-18 | MET_LATE | the day after the 6 weeks
            OTHER_STAFF                   | 2024-01-08 | 2024-02-05 2024-03-11            | -                        | -          | 2024-03-12 | 2 | 2024-03-04 | 2024-03-18 | MET      | after the 4-week ideal but within 6 weeks: met
            OTHER_STAFF                   | 2024-01-08 | 2024-02-05 2024-03-11            | -                        | -          | 2024-04-23 | 3 | 2024-04-08 | 2024-04-22 | OVERDUE  | counted from the 2nd session (11 March)
            SOCIAL_WORKER                 | 2024-01-08 | 2024-02-05                       | -                        | 2024-03-01 | 2024-03-10 | 2 | -          | -          | -        | left before the 2nd was due: not owed
            SOCIAL_WORKER                 | 2024-01-08 | 2024-02-05                       | -                        | 2024-03-08 | 2024-03-10 | 2 | -          | 2024-03-05 | MISSED  | left after the 2nd was due: missed, and a miss stays a miss
            """)
    void supervision(WorkerRole role, String started, String sessions, String roleChanged, String left, String asOf, int occurrence,
            String ideally, String due, Status status, String why) {
        List<StaffEvent> events = new ArrayList<>();
        dates(sessions).forEach(date -> events.add(SupervisionSession.builder().date(d(date)).build()));
        if (roleChanged != null) {
            String[] dateAndRole = roleChanged.split(" ");
            events.add(RoleChanged.builder().date(d(dateAndRole[0])).role(WorkerRole.valueOf(dateAndRole[1])).build());
        }
        if (left != null) {
            events.add(LeftPost.builder().date(d(left)).build());
        }
        Schedule schedule = worker(role, started, events, asOf);
        expect(schedule, "supervision.sessions", occurrence, due, status, why);
        if (ideally != null) {
            ObligationAssert obligation = assertThat(schedule).obligation("supervision.sessions", occurrence).as(why);
            obligation.hasTarget(ideally);
        }
    }

    /**
     * SUP-2, SUP-3: the first session counted from starting in post by the role started in: within 2 weeks for a newly
     * qualified social worker (fortnightly from the start, as the ASYE provisions ask), a month for a social worker,
     * ideally 4 and at most 6 weeks for other staff. Started on Tuesday 2 January 2024.
     */
    @ParameterizedTest(name = "{0} from {1}, sessions {2}, as of {3}: #1 due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # role                        | started    | sessions   | as of      | due        | status   | why
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-01-02 | 2024-01-16 | 2024-01-17 | 2024-01-16 | MET      | 2 weeks after starting in post (audit SUP-2)
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-01-02 | 2024-01-17 | 2024-01-17 | 2024-01-16 | MET_LATE | the day after (audit SUP-2)
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-01-02 | 2024-01-30 | 2024-02-01 | 2024-01-16 | MET_LATE | four weeks unsupervised is late, not met (audit SUP-2)
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-01-02 | -          | 2024-01-17 | 2024-01-16 | OVERDUE  | the day after, no supervision
            NEWLY_QUALIFIED_SOCIAL_WORKER | 2024-03-15 | 2024-03-29 | 2024-04-02 | 2024-03-29 | MET      | calendar weeks: due on Good Friday, not moved
            SOCIAL_WORKER                 | 2024-01-02 | 2024-02-02 | 2024-02-05 | 2024-02-02 | MET      | a social worker: within a month
            OTHER_STAFF                   | 2024-01-02 | 2024-02-13 | 2024-02-14 | 2024-02-13 | MET      | other staff: within the 4 to 6 weeks the booklet gives, on the 6th week's last day (audit SUP-3)
            OTHER_STAFF                   | 2024-01-02 | 2024-02-14 | 2024-02-14 | 2024-02-13 | MET_LATE | the day after (audit SUP-3)
            OTHER_STAFF                   | 2024-01-02 | 2024-02-09 | 2024-02-14 | 2024-02-13 | MET      | five and a half weeks: after the 4-week ideal, within 6 weeks, not late (audit SUP-3)
            TEAM_MANAGER                  | 2024-01-02 | -          | 2024-02-14 | 2024-02-13 | OVERDUE  | a team manager is other staff: 6 weeks at most
            """)
    void first_supervision_of_a_newly_qualified_social_worker(WorkerRole role, String started, String sessions, String asOf, String due,
            Status status, String why) {
        List<StaffEvent> events = new ArrayList<>();
        dates(sessions).forEach(date -> events.add(SupervisionSession.builder().date(d(date)).build()));
        expect(worker(role, started, events, asOf), "supervision.sessions", 1, due, status, why);
    }

    /**
     * SUP-1: a long gap in supervision is not one session a little late. A social worker started on 8 January 2024 and
     * was supervised on 8 February; the 2nd session fell due on 8 March. The row says how many days late the session
     * came, and how many further monthly intervals passed in full without one (each counted from the one before, had it
     * been done on its last day: 8 April, 8 May, 8 June); timeliness counts each of them against the worker's record.
     */
    @ParameterizedTest(name = "sessions {0}, as of {1}: #2 {2}, {3} days late, {4} intervals missed")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sessions            | as of      | status   | days late | intervals missed | why
            2024-02-08 2024-04-08 | 2024-04-10 | MET_LATE | 31        | 0                | a month late, on the next interval's own due day: no further interval missed (audit B-3)
            2024-02-08 2024-04-09 | 2024-04-10 | MET_LATE | 32        | 1                | the day after: the April session is missed too (audit B-3)
            2024-02-08 2024-05-08 | 2024-05-10 | MET_LATE | 61        | 1                | two months without supervision (audit B-3)
            2024-02-08 2024-05-09 | 2024-05-10 | MET_LATE | 62        | 2                | the day after the May interval ended (audit B-3)
            2024-02-08            | 2024-06-08 | OVERDUE  | 92        | 2                | still open: the gap counts up to the evaluation date (audit B-3)
            2024-02-08            | 2024-06-09 | OVERDUE  | 93        | 3                | the day after the June interval ended (audit B-3)
            """)
    void a_long_gap_in_supervision(String sessions, String asOf, Status status, long daysLate, int intervalsMissed, String why) {
        List<StaffEvent> events = new ArrayList<>();
        dates(sessions).forEach(date -> events.add(SupervisionSession.builder().date(d(date)).build()));
        Schedule schedule = worker(WorkerRole.SOCIAL_WORKER, "2024-01-08", events, asOf);
        assertThat(schedule).obligation("supervision.sessions", 2).as(why).isDueOn("2024-03-08").hasStatus(status);
        ScheduleEntry second = schedule.entriesOf("supervision.sessions").get(1);
        long late = second instanceof ScheduleEntry.Met met ? met.daysLate() : second.daysOverdue(d(asOf));
        org.assertj.core.api.Assertions.assertThat(late).as(why + ": days late").isEqualTo(daysLate);
        org.assertj.core.api.Assertions.assertThat(second.intervalsMissed()).as(why + ": intervals missed").isEqualTo(intervalsMissed);
        org.assertj.core.api.Assertions.assertThat(schedule.summary().timeliness()).as(why + ": timeliness")
                .filteredOn(rule -> rule.ruleId().equals("supervision.sessions")).singleElement()
                .satisfies(rule -> org.assertj.core.api.Assertions.assertThat(rule.intervalsMissed()).isEqualTo(intervalsMissed));
    }

    /**
     * RCR-1: each reflective case review completed within 5 weeks of its allocation, the completion
     * linked to its allocation by the review's id. A team manager in post since 8 January 2024.
     */
    @ParameterizedTest(name = "RCR-7 allocated {0}, completed {1}; RCR-8 allocated {2}, completed {3}; as of {4}: review {5} due {6}, {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # RCR-7 allocated | RCR-7 completed | RCR-8 allocated | RCR-8 completed | as of      | review | due        | status   | why
            2024-03-01        | 2024-04-05      | -               | -               | 2024-04-08 | 1      | 2024-04-05 | MET      | 5 calendar weeks: Good Friday and Easter Monday are not skipped
            2024-03-01        | 2024-04-06      | -               | -               | 2024-04-08 | 1      | 2024-04-05 | MET_LATE | the day after
            2024-03-01        | -               | -               | -               | 2024-03-01 | 1      | 2024-04-05 | UPCOMING | more than 5 working days ahead
            2024-03-01        | -               | -               | -               | 2024-04-05 | 1      | 2024-04-05 | DUE_SOON | due today
            2024-03-01        | -               | -               | -               | 2024-04-06 | 1      | 2024-04-05 | OVERDUE  | the day after, not completed
            2024-03-01        | -               | 2024-03-08      | 2024-03-20      | 2024-04-08 | 1      | 2024-04-05 | OVERDUE  | completing RCR-8 does not complete RCR-7
            2024-03-01        | -               | 2024-03-08      | 2024-03-20      | 2024-04-08 | 2      | 2024-04-12 | MET      | each review is due 5 weeks after its own allocation
            """)
    void reflective_review_completed(String allocated7, String completed7, String allocated8, String completed8, String asOf, int review,
            String due, Status status, String why) {
        List<StaffEvent> events = new ArrayList<>();
        events.add(ReflectiveCaseReviewAllocated.builder().date(d(allocated7)).reviewId("RCR-7").build());
        if (completed7 != null) {
            events.add(ReflectiveCaseReviewCompleted.builder().date(d(completed7)).reviewId("RCR-7").build());
        }
        if (allocated8 != null) {
            events.add(ReflectiveCaseReviewAllocated.builder().date(d(allocated8)).reviewId("RCR-8").build());
        }
        if (completed8 != null) {
            events.add(ReflectiveCaseReviewCompleted.builder().date(d(completed8)).reviewId("RCR-8").build());
        }
        expect(worker(WorkerRole.TEAM_MANAGER, "2024-01-08", events, asOf), "reflective-review.completed", review, due, status, why);
    }

    /**
     * RCR-2: a team manager allocated a reflective case review within 2 months of starting in post,
     * then every 2 months: "bi-monthly" read as every two months, not twice a month (the
     * interpretation). Until they leave; only for team managers.
     */
    @ParameterizedTest(name = "{0} from {1}, allocated {2}, left {3}, as of {4}: #{5} due {6}, {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # role        | started    | allocations           | left       | as of      | # | due        | status         | why
            TEAM_MANAGER  | 2024-01-08 | 2024-03-08            | -          | 2024-03-11 | 1 | 2024-03-08 | MET            | 2 months after starting in post
            TEAM_MANAGER  | 2024-01-08 | 2024-03-09            | -          | 2024-03-11 | 1 | 2024-03-08 | MET_LATE       | the day after
            TEAM_MANAGER  | 2024-01-08 | -                     | -          | 2024-01-08 | 1 | 2024-03-08 | UPCOMING       | more than 5 working days ahead
            TEAM_MANAGER  | 2024-01-08 | -                     | -          | 2024-03-08 | 1 | 2024-03-08 | DUE_SOON       | due today
            TEAM_MANAGER  | 2024-01-08 | -                     | -          | 2024-03-09 | 1 | 2024-03-08 | OVERDUE        | the day after, none allocated
            TEAM_MANAGER  | 2024-01-08 | 2024-03-01 2024-05-01 | -          | 2024-05-02 | 2 | 2024-05-01 | MET            | two months after the 1st (1 March), not a fortnight
            TEAM_MANAGER  | 2024-01-08 | 2024-03-01 2024-05-02 | -          | 2024-05-03 | 2 | 2024-05-01 | MET_LATE       | the day after
            TEAM_MANAGER  | 2024-01-08 | 2024-03-11            | -          | 2024-05-13 | 2 | 2024-05-11 | OVERDUE        | a late 1st (11 March) moves the 2nd
            TEAM_MANAGER  | 2024-01-08 | 2024-03-01 2024-05-01 | -          | 2024-06-28 | 3 | 2024-07-01 | DUE_SOON       | two months after the 2nd
            TEAM_MANAGER  | 2024-01-08 | 2024-03-01 2024-12-31 | -          | 2025-03-03 | 3 | 2025-02-28 | OVERDUE        | two months from 31 December is 28 February, rounded down
            TEAM_MANAGER  | 2024-01-08 | 2024-03-01            | 2024-04-30 | 2024-05-06 | 2 | -          | -              | left before the 2nd was due: not owed
            TEAM_MANAGER  | 2024-01-08 | 2024-03-01            | 2024-05-03 | 2024-05-06 | 2 | 2024-05-01 | MISSED        | left after the 2nd was due: missed, and a miss stays a miss
            SOCIAL_WORKER | 2024-01-08 | -                     | -          | 2024-03-11 | 1 | -          | NOT_APPLICABLE | only team managers are allocated reflective case reviews
            """)
    void reflective_review_allocated(WorkerRole role, String started, String allocations, String left, String asOf, int occurrence,
            String due, Status status, String why) {
        List<StaffEvent> events = new ArrayList<>();
        List<String> allocated = dates(allocations);
        for (int i = 0; i < allocated.size(); i++) {
            events.add(ReflectiveCaseReviewAllocated.builder().date(d(allocated.get(i))).reviewId("RCR-" + (i + 1)).build());
        }
        if (left != null) {
            events.add(LeftPost.builder().date(d(left)).build());
        }
        expect(worker(role, started, events, asOf), "reflective-review.allocated", occurrence, due, status, why);
    }

    /** What the notes say where the reading alone would mislead a policy author (the handbook review). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule | the notes or the reading say | why
            reflective-review.completed | a single review past 5 weeks is shown late. That is not the booklet's test | the booklet's standard is the average (review #14)
            """)
    void notes_say_what_the_booklet_leaves_open(String ruleId, String words, String why) {
        Tables.checkNotesSay(ruleId, words, why);
    }
}
