package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.testkit.DulyAssertions.assertThat;

import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.NotSpokenToAloneReason;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The child protection rules of the Derbyshire catalogue, as tables a policy author can read: given
 * these events, on this date, expect this due date and status. Each table has the boundary day and
 * the day after, and, where working days are counted, a bank holiday inside the period.
 */
class ChildProtectionRulesTest {

    private static ChildCase child() {
        return ChildCase.child("C-1").bornOn("2016-05-10");
    }

    /** CP-2: an initial conference within 15 working days of the strategy discussion that initiated section 47 enquiries. */
    @ParameterizedTest(name = "discussion {0}, conference {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # strategy discussion | conference held | as of      | due        | status    | why
            2024-03-14T10:00      | 2024-04-08      | 2024-04-10 | 2024-04-08 | MET       | on the last day; Good Friday and Easter Monday are skipped
            2024-03-14T10:00      | 2024-04-09      | 2024-04-10 | 2024-04-08 | MET_LATE  | the day after
            2024-03-14T10:00      | -               | 2024-03-20 | 2024-04-08 | UPCOMING  | more than 5 working days ahead
            2024-03-14T10:00      | -               | 2024-04-08 | 2024-04-08 | DUE_SOON  | due today
            2024-03-14T10:00      | -               | 2024-04-09 | 2024-04-08 | OVERDUE   | the day after, not held
            2024-03-16T10:00      | -               | 2024-03-20 | 2024-04-09 | UPCOMING  | a Saturday discussion is day 0: Monday is day 1
            """)
    void initial_conference(String discussion, String held, String asOf, String due, Status status, String why) {
        ChildCase kase = child().strategyDiscussion(discussion, true);
        if (held != null) {
            kase.initialConference(held);
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("cp.icpc").as(why).isDueOn(due).hasStatus(status);
    }

    /** CP-8: the child seen and spoken to alone within 24 hours of the strategy discussion. */
    @ParameterizedTest(name = "discussion {0}, seen alone {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # strategy discussion | seen alone       | status    | why
            2024-03-30T12:00      | 2024-03-31T13:00 | MET       | 24 hours, across the clock change, end at 13:00
            2024-03-30T12:00      | 2024-03-31T13:01 | MET_LATE  | a minute later
            2024-06-03T09:15      | 2024-06-04T09:15 | MET       | exactly 24 hours on an ordinary day
            """)
    void seen_alone_within_24_hours(String discussion, String seen, Status status, String why) {
        Schedule schedule = child().strategyDiscussion(discussion, true).visitSeenAlone(seen, VisitPurpose.CHILD_PROTECTION)
                .schedule(seen.substring(0, 10), DERBYSHIRE);
        assertThat(schedule).obligation("cp.seen-alone").as(why).hasStatus(status);
    }

    /** CP-1: a strategy discussion within 24 hours of a concern of significant harm, in elapsed hours in Europe/London. */
    @ParameterizedTest(name = "concern {0}, discussion {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # concern of harm | strategy discussion | as of      | due        | status         | why
            2024-03-30T10:00  | 2024-03-31T11:00    | 2024-03-31 | 2024-03-31 | MET            | 24 hours across the spring clock change end at 11:00 BST, not 10:00
            2024-03-30T10:00  | 2024-03-31T11:01    | 2024-03-31 | 2024-03-31 | MET_LATE       | a minute after the 24 hours
            2024-10-26T10:00  | 2024-10-27T09:00    | 2024-10-27 | 2024-10-27 | MET            | across the autumn clock change the 24 hours end at 09:00 GMT
            2024-10-26T10:00  | 2024-10-27T09:30    | 2024-10-27 | 2024-10-27 | MET_LATE       | before the same time of day, yet after 24 hours
            2024-06-03T09:15  | 2024-06-04T09:15    | 2024-06-04 | 2024-06-04 | MET            | exactly 24 hours on an ordinary day
            2024-06-03T09:15  | 2024-06-05T08:00    | 2024-06-05 | 2024-06-04 | MET_LATE       | the day after
            2024-06-03T09:15  | 2024-06-03          | 2024-06-03 | 2024-06-04 | MET            | no time recorded, but the day before the 24 hours end
            2024-06-03T09:15  | 2024-06-04          | 2024-06-04 | 2024-06-04 | CANNOT_COMPUTE | no time recorded on the last day: by 09:15 or not cannot be told
            2024-06-03T09:15  | -                   | 2024-06-03 | 2024-06-04 | DUE_SOON       | 24 hours are never more than 5 working days ahead: never upcoming
            2024-06-03T09:15  | -                   | 2024-06-04 | 2024-06-04 | DUE_SOON       | due today
            2024-06-03T09:15  | -                   | 2024-06-05 | 2024-06-04 | OVERDUE        | the day after, no discussion
            2024-06-03        | -                   | 2024-06-03 | 2024-06-04 | DUE_SOON       | the concern has no time: the 24 hours end some time on 4 June
            2024-06-03        | -                   | 2024-06-04 | 2024-06-04 | DUE_SOON       | on the deadline's own day it may not have passed yet
            2024-06-03        | -                   | 2024-06-05 | 2024-06-04 | OVERDUE        | the day after the deadline's day: missed whatever the concern's time
            2024-06-03        | 2024-06-03          | 2024-06-05 | 2024-06-04 | MET            | neither time recorded, but the discussion was on a day before the deadline's
            2024-06-03        | 2024-06-04          | 2024-06-05 | 2024-06-04 | CANNOT_COMPUTE | on the deadline's own day without the times: cannot be told
            2024-06-03        | 2024-06-04T23:30    | 2024-06-05 | 2024-06-04 | CANNOT_COMPUTE | a time on the deadline's day, but not the concern's: cannot be told
            2024-06-03        | 2024-06-05          | 2024-06-05 | 2024-06-04 | MET_LATE       | the day after the deadline's day: late whatever the times
            """)
    void strategy_discussion(String concern, String discussion, String asOf, String due, String status, String why) {
        ChildCase kase = child().significantHarmConcern(concern);
        if (discussion != null) {
            kase.strategyDiscussion(discussion, false);
        }
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.strategy-discussion", 1, 1, due, status, why);
    }

    /**
     * CP-3: a pre-birth initial conference before 28 weeks of pregnancy: 28 weeks are reached 12 weeks before the expected
     * date of delivery, so the last day on time is the day before, 27+6 (85 days before the expected date).
     */
    @ParameterizedTest(name = "expected {0}, born {1}, {2}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # expected | born       | events                                                                                  | as of      | due        | status         | why
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00 s47, pre-birth conference 2024-06-08               | 2024-06-10 | 2024-06-08 | MET            | at 27+6, the day before 28 weeks (12 weeks before 1 September, a 40-week term); a Saturday is not moved (review #6)
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00 s47, pre-birth conference 2024-06-09               | 2024-06-10 | 2024-06-08 | MET_LATE       | the day after: at 28+0 the pregnancy is 28 weeks, no longer "before 28 weeks" (review #6)
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00 s47                                                | 2024-05-31 | 2024-06-08 | UPCOMING       | the 5 working days ahead end on Friday 7 June
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00 s47                                                | 2024-06-03 | 2024-06-08 | DUE_SOON       | the 5 working days ahead end on Monday 10 June
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00 s47                                                | 2024-06-08 | 2024-06-08 | DUE_SOON       | due today
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00 s47                                                | 2024-06-09 | 2024-06-08 | OVERDUE        | the day after, not held
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00                                                    | 2024-09-02 | -          | NOT_APPLICABLE | the discussion did not start section 47 enquiries
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00                                                    | 2024-06-10 | -          | NOT_OWED       | not applicable, but reported so only from the expected date of delivery, the date it counts from
            -          | 2016-05-10 | strategy discussion 2024-04-02T11:00 s47                                                | 2024-06-10 | -          | NOT_OWED       | a child already born has no expected date of delivery: no clock, nothing reported
            2024-09-01 | 2024-08-20 | strategy discussion 2024-08-27T10:00 s47                                                | 2024-09-02 | -          | NOT_APPLICABLE | the enquiry began after the birth
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00 s47, section 47 completed 2024-04-20 no conference | 2024-09-02 | -          | NOT_APPLICABLE | "if required": the enquiry concluded that no conference is needed
            2024-09-01 | -          | strategy discussion 2024-04-02T11:00 s47, section 47 completed 2024-04-20               | 2024-06-10 | 2024-06-08 | OVERDUE        | the enquiry concluded that a conference is needed
            """)
    void pre_birth_conference(String expected, String born, String events, String asOf, String due, String status, String why) {
        ChildCase kase = ChildCase.child("C-2");
        if (expected != null) {
            kase.unbornDueOn(expected);
            Story.tell(kase, born == null ? events : "birth " + born + ", " + events);
        } else {
            Story.tell(kase.bornOn(born), events);
        }
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.pre-birth-icpc", 1, 1, due, status, why);
    }

    /** CP-4: section 47 enquiries completed within 15 working days of their start. */
    @ParameterizedTest(name = "started {0}, completed {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # started  | completed  | as of      | due        | status   | why
            2024-05-01 | 2024-05-23 | 2024-05-23 | 2024-05-23 | MET      | on the last day; the early May bank holiday (6 May) is skipped
            2024-05-01 | 2024-05-24 | 2024-05-24 | 2024-05-23 | MET_LATE | the day after
            2024-05-01 | -          | 2024-05-15 | 2024-05-23 | UPCOMING | 6 working days ahead
            2024-05-01 | -          | 2024-05-16 | 2024-05-23 | DUE_SOON | 5 working days ahead
            2024-05-01 | -          | 2024-05-23 | 2024-05-23 | DUE_SOON | due today
            2024-05-01 | -          | 2024-05-24 | 2024-05-23 | OVERDUE  | the day after, not completed
            2024-05-04 | -          | 2024-05-04 | 2024-05-28 | UPCOMING | a Saturday start is day 0; both May bank holidays (6 and 27 May) are skipped
            """)
    void section_47_completed(String started, String completed, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "section 47 started " + started + (completed == null ? "" : ", section 47 completed " + completed));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.section-47-completed", 1, 1, due, status, why);
    }

    /**
     * CP-5: the social worker's report shared at least 2 working days before the initial conference, counted back from
     * the day it is held or, until then, the day it is scheduled for (arranged on 20 March; rescheduled on 25 March).
     */
    @ParameterizedTest(name = "scheduled {0}, rescheduled {1}, held {2}, report {3}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # scheduled for | rescheduled for | held       | report     | as of      | due        | status   | why
            -               | -               | 2024-04-03 | 2024-03-28 | 2024-04-03 | 2024-03-28 | MET      | 2 working days before 3 April, counting back over Easter Monday and Good Friday
            -               | -               | 2024-04-03 | 2024-03-29 | 2024-04-03 | 2024-03-28 | MET_LATE | the day after (Good Friday), still before the conference
            -               | -               | 2024-04-03 | 2024-04-04 | 2024-04-04 | 2024-03-28 | OVERDUE  | shared after the conference: too late to count for it
            2024-04-03      | -               | -          | -          | 2024-03-20 | 2024-03-28 | UPCOMING | counted back from the day it is scheduled for; 5 working days ahead end on 27 March
            2024-04-03      | -               | -          | -          | 2024-03-21 | 2024-03-28 | DUE_SOON | 5 working days ahead
            2024-04-03      | -               | -          | -          | 2024-03-28 | 2024-03-28 | DUE_SOON | due today
            2024-04-03      | -               | -          | -          | 2024-03-29 | 2024-03-28 | OVERDUE  | the day after, not shared
            2024-04-03      | -               | -          | 2024-03-27 | 2024-03-27 | 2024-03-28 | MET      | shared before the conference is held
            2024-04-10      | -               | 2024-04-03 | 2024-04-02 | 2024-04-03 | 2024-03-28 | MET_LATE | held a week before the date scheduled: counted back from the day it was held
            2024-04-03      | 2024-04-10      | -          | -          | 2024-03-29 | 2024-04-08 | DUE_SOON | rescheduled: counted back from the new date only
            """)
    void report_before_the_initial_conference(String scheduled, String rescheduled, String held, String report, String asOf,
            String due, String status, String why) {
        ChildCase kase = Story.tell(child(), String.join(", ", "strategy discussion 2024-03-14T10:00 s47",
                scheduled == null ? "" : "scheduled 2024-03-20 INITIAL " + scheduled,
                rescheduled == null ? "" : "scheduled 2024-03-25 INITIAL " + rescheduled,
                report == null ? "" : "report " + report + " INITIAL",
                held == null ? "" : "initial conference " + held));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.report-initial", 1, 1, due, status, why);
    }

    /**
     * CP-6: the report shared at least 3 working days before a review conference (the initial conference was on 3
     * April; the review arranged on 1 May), counted back from the day it is held or scheduled for.
     */
    @ParameterizedTest(name = "scheduled {0}, held {1}, report {2} for {3}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # scheduled for | held       | report     | for     | as of      | due        | status   | why
            -               | 2024-05-28 | 2024-05-22 | REVIEW  | 2024-05-28 | 2024-05-22 | MET      | 3 working days before 28 May, counting back over the spring bank holiday (27 May)
            -               | 2024-05-28 | 2024-05-23 | REVIEW  | 2024-05-28 | 2024-05-22 | MET_LATE | the day after
            -               | 2024-05-28 | 2024-05-29 | REVIEW  | 2024-05-29 | 2024-05-22 | OVERDUE  | shared after the review: too late to count for it
            2024-05-28      | -          | -          | -       | 2024-05-14 | 2024-05-22 | UPCOMING | 5 working days ahead end on 21 May
            2024-05-28      | -          | -          | -       | 2024-05-15 | 2024-05-22 | DUE_SOON | 5 working days ahead
            2024-05-28      | -          | -          | -       | 2024-05-22 | 2024-05-22 | DUE_SOON | due today
            2024-05-28      | -          | -          | -       | 2024-05-23 | 2024-05-22 | OVERDUE  | the day after, not shared
            2024-05-28      | -          | 2024-05-22 | INITIAL | 2024-05-23 | 2024-05-22 | OVERDUE  | a report for an initial conference does not count for a review
            """)
    void report_before_a_review_conference(String scheduled, String held, String report, String kind, String asOf, String due,
            String status, String why) {
        ChildCase kase = Story.tell(child(), String.join(", ", "strategy discussion 2024-03-14T10:00 s47",
                "initial conference 2024-04-03",
                scheduled == null ? "" : "scheduled 2024-05-01 REVIEW " + scheduled,
                report == null ? "" : "report " + report + " " + kind,
                held == null ? "" : "review conference " + held));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.report-review", 1, 1, due, status, why);
    }

    /** CP-6: each review conference has its report; the next review is often arranged at the review itself. */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # after the review on 1 July, arranged then for 16 December | as of      | # | due        | status   | why
            -                                                           | 2024-12-02 | 2 | 2024-12-11 | UPCOMING | 3 working days before the next review, arranged at the review on 1 July
            report 2024-12-11 REVIEW                                    | 2024-12-11 | 2 | 2024-12-11 | MET      | on the last day
            report 2024-12-12 REVIEW                                    | 2024-12-12 | 2 | 2024-12-11 | MET_LATE | the day after
            -                                                           | 2024-12-12 | 2 | 2024-12-11 | OVERDUE  | the report for the first review does not count for the second
            -                                                           | 2024-12-02 | 1 | 2024-06-26 | MET      | the first review's report, 3 working days before 1 July
            """)
    void report_before_each_review_conference(String more, String asOf, int occurrence, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "strategy discussion 2024-03-14T10:00 s47, initial conference 2024-04-03,"
                + " scheduled 2024-05-01 REVIEW 2024-07-01, report 2024-06-26 REVIEW, review conference 2024-07-01,"
                + " scheduled 2024-07-01 REVIEW 2024-12-16" + (more == null ? "" : ", " + more));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.report-review", 1, occurrence, due, status, why);
    }

    /** CP-7: management oversight within 7 working days of the start of the section 47 enquiry. */
    @ParameterizedTest(name = "started {0}, oversight {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # started  | oversight  | as of      | due        | status   | why
            2024-03-27 | 2024-04-09 | 2024-04-09 | 2024-04-09 | MET      | on the last day; Good Friday and Easter Monday are skipped
            2024-03-27 | 2024-04-10 | 2024-04-10 | 2024-04-09 | MET_LATE | the day after
            2024-03-27 | -          | 2024-03-28 | 2024-04-09 | UPCOMING | the 5 working days ahead skip Easter too and end on 8 April
            2024-03-27 | -          | 2024-04-02 | 2024-04-09 | DUE_SOON | 5 working days ahead
            2024-03-27 | -          | 2024-04-09 | 2024-04-09 | DUE_SOON | due today
            2024-03-27 | -          | 2024-04-10 | 2024-04-09 | OVERDUE  | the day after, no oversight
            """)
    void management_oversight(String started, String oversight, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "section 47 started " + started + (oversight == null ? "" : ", management oversight " + oversight));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.management-oversight", 1, 1, due, status, why);
    }

    /**
     * CP-9, CP-10: the first core group within 10 working days of the initial conference that made a child protection
     * plan (22 April), then at least every 6 weeks from the last one held, until the plan ends.
     */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # after the initial conference on 2024-04-22                        | as of      | # | due        | status   | why
            core group 2024-05-07                                               | 2024-05-07 | 1 | 2024-05-07 | MET      | on the last day; the early May bank holiday is skipped
            core group 2024-05-08                                               | 2024-05-08 | 1 | 2024-05-07 | MET_LATE | the day after
            -                                                                   | 2024-04-23 | 1 | 2024-05-07 | UPCOMING | 5 working days ahead end on 30 April
            -                                                                   | 2024-05-07 | 1 | 2024-05-07 | DUE_SOON | due today
            -                                                                   | 2024-05-08 | 1 | 2024-05-07 | OVERDUE  | the day after, not held
            core group 2024-05-07                                               | 2024-05-08 | 2 | 2024-06-18 | UPCOMING | then within 6 weeks of the first
            core group 2024-05-08                                               | 2024-05-09 | 2 | 2024-06-19 | UPCOMING | a late first moves the second
            core group 2024-05-07, core group 2024-06-18                        | 2024-06-18 | 2 | 2024-06-18 | MET      | on the last day
            core group 2024-05-07, core group 2024-06-19                        | 2024-06-19 | 2 | 2024-06-18 | MET_LATE | the day after
            core group 2024-05-07, core group 2024-06-18, core group 2024-07-30 | 2024-07-30 | 3 | 2024-07-30 | MET      | the third, 6 weeks after the second
            core group 2024-05-07, core group 2024-06-25                        | 2024-06-26 | 3 | 2024-08-06 | UPCOMING | counted from the late second, not from when it was due
            core group 2024-05-07, plan ended 2024-06-10                        | 2024-06-20 | 2 | -          | NOT_OWED | the plan ended before the second was due
            core group 2024-05-07, plan ended 2024-06-18                        | 2024-06-19 | 2 | -          | NOT_OWED | the plan ended on the day the second was due
            plan ended 2024-05-20                                               | 2024-05-21 | 1 | 2024-05-07 | MISSED  | already overdue when the plan ended: missed, and a miss stays a miss
            plan ended 2024-05-20, core group 2024-05-22                        | 2024-05-22 | 1 | 2024-05-07 | MISSED  | a meeting after the plan ended does not count
            """)
    void core_groups(String events, String asOf, int occurrence, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "strategy discussion 2024-04-02T10:00 s47, initial conference 2024-04-22"
                + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.core-groups", 1, occurrence, due, status, why);
    }

    /** CP-9: core groups follow an initial conference that made a child protection plan (one created that day). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # conference                                 | due        | status   | why
            initial conference 2024-04-22                | 2024-05-07 | UPCOMING | a plan was made at the conference
            initial conference without a plan 2024-04-22 | -          | NOT_OWED | no plan: no core groups
            """)
    void core_groups_follow_a_plan(String conference, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "strategy discussion 2024-04-02T10:00 s47, " + conference);
        Story.expect(kase.schedule("2024-04-23", DERBYSHIRE), "cp.core-groups", 1, 1, due, status, why);
    }

    /**
     * CP-11, CP-13: the first review conference within 3 months of the initial conference that made a plan (22
     * April), then at intervals of not more than 6 months from the last one held, while the plan lasts.
     */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # after the initial conference on 2024-04-22               | as of      | # | due        | status   | why
            review conference 2024-07-22                               | 2024-07-22 | 1 | 2024-07-22 | MET      | 3 calendar months after 22 April
            review conference 2024-07-23                               | 2024-07-23 | 1 | 2024-07-22 | MET_LATE | the day after
            -                                                          | 2024-07-12 | 1 | 2024-07-22 | UPCOMING | 5 working days ahead end on 19 July
            -                                                          | 2024-07-22 | 1 | 2024-07-22 | DUE_SOON | due today
            -                                                          | 2024-07-23 | 1 | 2024-07-22 | OVERDUE  | the day after, not held
            review conference 2024-07-22                               | 2024-07-23 | 2 | 2025-01-22 | UPCOMING | then within 6 months of the first review
            review conference 2024-07-23                               | 2024-07-24 | 2 | 2025-01-23 | UPCOMING | a late first review moves the second
            review conference 2024-07-22, review conference 2025-01-22 | 2025-01-22 | 2 | 2025-01-22 | MET      | on the last day
            review conference 2024-07-22, review conference 2025-01-23 | 2025-01-23 | 2 | 2025-01-22 | MET_LATE | the day after
            review conference 2024-07-22, review conference 2025-01-23 | 2025-01-24 | 3 | 2025-07-23 | UPCOMING | counted from the late second, not from when it was due
            review conference 2024-07-22, plan ended 2024-10-01        | 2024-10-02 | 2 | -          | NOT_OWED | the plan ended before the second was due
            plan ended 2024-08-01                                      | 2024-08-02 | 1 | 2024-07-22 | MISSED  | already overdue when the plan ended: missed, and a miss stays a miss
            """)
    void review_conferences(String events, String asOf, int occurrence, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "strategy discussion 2024-04-02T10:00 s47, initial conference 2024-04-22"
                + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.review-conferences", 1, occurrence, due, status, why);
    }

    /** CP-11: what the first review conference counts from. */
    @ParameterizedTest(name = "{0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # conference                                 | as of      | due        | status   | why
            initial conference 2024-11-29                | 2024-12-02 | 2025-02-28 | UPCOMING | 29 February 2025 does not exist: rounded down to the month's last day
            initial conference without a plan 2024-04-22 | 2024-04-23 | -          | NOT_OWED | no plan was made: no review conferences
            """)
    void first_review_conference(String conference, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "strategy discussion 2024-04-02T10:00 s47, " + conference);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.review-conferences", 1, 1, due, status, why);
    }

    /**
     * CP-12, CP-13: after a pre-birth conference (22 April; expected date of delivery 1 September), the first review
     * within 1 month of the birth or 3 months of the conference, whichever is sooner; then every 6 months.
     */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # after the pre-birth conference on 2024-04-22                               | as of      | # | due        | status   | why
            -                                                                            | 2024-05-01 | 1 | 2024-07-22 | UPCOMING | not born yet: 3 months after the conference
            birth 2024-06-15                                                             | 2024-06-20 | 1 | 2024-07-15 | UPCOMING | born early: 1 month after the birth is sooner
            birth 2024-07-01                                                             | 2024-07-02 | 1 | 2024-07-22 | UPCOMING | born 1 July: 3 months after the conference is sooner than 1 August
            birth 2024-06-15, review conference 2024-07-15                               | 2024-07-15 | 1 | 2024-07-15 | MET      | on the last day
            birth 2024-06-15, review conference 2024-07-16                               | 2024-07-16 | 1 | 2024-07-15 | MET_LATE | the day after
            birth 2024-06-15                                                             | 2024-07-15 | 1 | 2024-07-15 | DUE_SOON | due today
            birth 2024-06-15                                                             | 2024-07-16 | 1 | 2024-07-15 | OVERDUE  | the day after, not held
            birth 2024-06-15, review conference 2024-07-15                               | 2024-07-16 | 2 | 2025-01-15 | UPCOMING | then within 6 months of the first review
            birth 2024-06-15, review conference 2024-07-16                               | 2024-07-17 | 2 | 2025-01-16 | UPCOMING | a late first review moves the second
            birth 2024-06-15, review conference 2024-07-15, review conference 2025-01-15 | 2025-01-15 | 2 | 2025-01-15 | MET      | on the last day
            birth 2024-06-15, review conference 2024-07-15, review conference 2025-01-16 | 2025-01-17 | 3 | 2025-07-16 | UPCOMING | counted from the late second, not from when it was due
            birth 2024-06-15, review conference 2024-07-15, plan ended 2024-10-01        | 2024-10-02 | 2 | -          | NOT_OWED | the plan ended before the second was due
            birth 2024-06-15, plan ended 2024-08-01                                      | 2024-08-02 | 1 | 2024-07-15 | MISSED  | already overdue when the plan ended: missed, and a miss stays a miss
            """)
    void pre_birth_review_conferences(String events, String asOf, int occurrence, String due, String status, String why) {
        ChildCase kase = Story.tell(ChildCase.child("C-2").unbornDueOn("2024-09-01"),
                "strategy discussion 2024-04-02T11:00 s47, pre-birth conference 2024-04-22" + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.pre-birth-review-conferences", 1, occurrence, due, status, why);
    }

    /** CP-12: reviews after a pre-birth conference are owed only when a pre-birth conference made a plan. */
    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events (expected date of delivery 2024-09-01)                                             | as of      | due        | status   | why
            birth 2024-08-20                                                                            | 2024-10-01 | -          | NOT_OWED | a birth alone, with no child protection plan, owes no review conference
            strategy discussion 2024-08-01T10:00 s47, birth 2024-08-20, initial conference 2024-08-28   | 2024-09-02 | -          | NOT_OWED | an initial conference after the birth: cp.review-conferences applies instead
            strategy discussion 2024-04-02T11:00 s47, pre-birth conference 2024-04-22, birth 2024-08-20 | 2024-08-21 | 2024-07-22 | OVERDUE  | after a pre-birth plan, the birth counts
            """)
    void pre_birth_reviews_follow_a_pre_birth_plan(String events, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(ChildCase.child("C-2").unbornDueOn("2024-09-01").referral("2024-03-25"), events);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.pre-birth-review-conferences", 1, 1, due, status, why);
    }

    /**
     * CP-2, "if required": an enquiry concluding that no conference is needed discharges the initial conference as not
     * required, whenever it is recorded (the strategy discussion that initiated the enquiry was on 14 March 2024).
     */
    @ParameterizedTest(name = "{0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # after the strategy discussion                       | as of      | due        | status       | why
            section 47 completed 2024-04-08 no                    | 2024-04-10 | 2024-04-08 | NOT_REQUIRED | concluded on the day the conference was due that none is needed: not required (audit A-S4a)
            section 47 completed 2024-04-09 no                    | 2024-04-10 | 2024-04-08 | NOT_REQUIRED | concluded the day after, late: the conference was never required, so it is not required, not missed (audit A-S4a)
            section 47 completed 2024-05-20 no                    | 2024-05-21 | 2024-04-08 | NOT_REQUIRED | concluded six weeks late: the lateness is the enquiry's own (cp.section-47-completed), not a conference's (audit A-S4a)
            section 47 completed 2024-04-09                       | 2024-04-10 | 2024-04-08 | OVERDUE      | concluded that a conference is needed: still owed
            section 47 completed 2024-04-05 no, initial conference 2024-04-08 | 2024-04-10 | 2024-04-08 | NOT_REQUIRED | discharged when the enquiry concluded; a conference held after that does not revive it
            """)
    void initial_conference_not_needed(String events, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "strategy discussion 2024-03-14T10:00 s47, " + events);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.icpc", 1, 1, due, status, why);
    }

    /**
     * CP-2, CP-8: one clock per enquiry, from the strategy discussion at which section 47 enquiries were initiated (14
     * March 2024); a reconvened discussion during the enquiry, also recorded as initiating them, starts no second one.
     */
    @ParameterizedTest(name = "{1}: {0} #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule          | after the first strategy discussion                                                      | as of      | # | due        | status   | why
            cp.icpc         | strategy discussion 2024-03-20T10:00 s47, initial conference 2024-04-08                  | 2024-04-10 | 1 | 2024-04-08 | MET      | the conference on the 15th working day after the discussion that initiated the enquiry (audit A-S11)
            cp.icpc         | strategy discussion 2024-03-20T10:00 s47, initial conference 2024-04-09                  | 2024-04-10 | 1 | 2024-04-08 | MET_LATE | the day after: late, although within 15 working days of the reconvened discussion (audit A-S11)
            cp.icpc         | strategy discussion 2024-03-20T10:00 s47                                                 | 2024-04-15 | 2 | -          | NOT_OWED | the reconvened discussion opens no second conference clock (audit A-S11)
            cp.seen-alone   | strategy discussion 2024-03-20T10:00 s47                                                 | 2024-03-22 | 2 | -          | NOT_OWED | nor a second 24 hours to see the child alone (audit A-S11)
            cp.icpc         | section 47 completed 2024-04-05, initial conference 2024-04-08, strategy discussion 2024-06-03T10:00 s47 | 2024-06-04 | 2 | 2024-06-24 | UPCOMING | a discussion after the enquiry was completed starts a new enquiry, with its own clock
            cp.icpc         | section 47 completed 2024-04-05 no, strategy discussion 2024-06-03T10:00 s47             | 2024-06-25 | 2 | 2024-06-24 | OVERDUE  | after an enquiry that needed no conference, a new one owes its own
            """)
    void one_conference_clock_per_enquiry(String ruleId, String events, String asOf, int occurrence, String due, String status,
            String why) {
        ChildCase kase = Story.tell(child(), "strategy discussion 2024-03-14T10:00 s47, " + events);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), ruleId, 1, occurrence, due, status, why);
    }

    /**
     * CP-9, CP-11: core groups and review conferences count from the initial conference (22 April 2024) that made the
     * plan, also when the child protection plan is recorded on a later day.
     */
    @ParameterizedTest(name = "{0}: {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule                | after the conference                                           | as of      | due        | status   | why
            cp.core-groups        | child protection plan 2024-04-23, core group 2024-05-07        | 2024-05-08 | 2024-05-07 | MET      | the plan recorded the working day after: the first core group still counts from the conference (audit A-S2)
            cp.core-groups        | child protection plan 2024-04-23, core group 2024-05-08        | 2024-05-08 | 2024-05-07 | MET_LATE | the day after (audit A-S2)
            cp.core-groups        | child protection plan 2024-05-03                               | 2024-05-08 | 2024-05-07 | OVERDUE  | a plan recorded 9 working days later: still owed from the conference
            cp.review-conferences | child protection plan 2024-04-23, review conference 2024-07-22 | 2024-07-22 | 2024-07-22 | MET      | the first review, 3 months after the conference, not after the plan was recorded (audit A-S2)
            cp.review-conferences | child protection plan 2024-04-23, review conference 2024-07-23 | 2024-07-23 | 2024-07-22 | MET_LATE | the day after (audit A-S2)
            cp.core-groups        | -                                                              | 2024-05-08 | -          | NOT_OWED | no child protection plan recorded: no core groups
            """)
    void core_groups_and_reviews_count_from_the_conference_that_made_the_plan(String ruleId, String events, String asOf, String due,
            String status, String why) {
        ChildCase kase = Story.tell(child(), "strategy discussion 2024-04-02T10:00 s47, initial conference without a plan 2024-04-22"
                + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), ruleId, 1, 1, due, status, why);
    }

    /**
     * CP-10, CP-13, honest lateness: a long gap in core groups (due 18 June 2024, then every 6 weeks) or review
     * conferences (due 22 January 2025, then every 6 months) says how many days late and how many further intervals
     * passed in full without one; those intervals count in timeliness.
     */
    @ParameterizedTest(name = "{0}: {1}, as of {2}: #2 {4}, {5} days late, {6} more missed")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule                | then                         | as of      | due        | status   | days late | intervals missed | why
            cp.core-groups        | core group 2024-09-10        | 2024-09-11 | 2024-06-18 | MET_LATE | 84        | 1                | met on the day the next interval would have ended: one more interval (to 30 July) missed in full
            cp.core-groups        | core group 2024-09-11        | 2024-09-11 | 2024-06-18 | MET_LATE | 85        | 2                | the day after: two more missed, not one late meeting with nothing else to show
            cp.core-groups        | -                            | 2024-09-10 | 2024-06-18 | OVERDUE  | 84        | 1                | still not held: overdue, and one more interval gone
            cp.core-groups        | -                            | 2024-09-11 | 2024-06-18 | OVERDUE  | 85        | 2                | the day after, two
            cp.review-conferences | review conference 2025-07-22 | 2025-07-23 | 2025-01-22 | MET_LATE | 181       | 0                | six months late, on the day the next would have been due: no further interval missed
            cp.review-conferences | review conference 2025-07-23 | 2025-07-23 | 2025-01-22 | MET_LATE | 182       | 1                | the day after: one more review interval missed in full
            """)
    void long_gaps_in_core_groups_and_reviews(String ruleId, String then, String asOf, String due, String status, long daysLate,
            int intervalsMissed, String why) {
        ChildCase kase = Story.tell(child(), "strategy discussion 2024-04-02T10:00 s47, initial conference 2024-04-22,"
                + " core group 2024-05-07, review conference 2024-07-22" + (then == null ? "" : ", " + then));
        Tables.checkLateness(kase.schedule(asOf, DERBYSHIRE), ruleId, 2, due, status, daysLate, intervalsMissed, why);
    }

    /**
     * CP-4: "within a maximum of 15 working days; sooner if an ICPC is needed": section 47 enquiries started on 1 May
     * 2024 (15 working days: 23 May, the early May bank holiday skipped) are due by the social worker's report for the
     * initial conference, 2 working days before it, when that is sooner.
     */
    @ParameterizedTest(name = "{0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # after the start                                                               | as of      | due        | status   | why
            scheduled 2024-05-02 INITIAL 2024-05-20, section 47 completed 2024-05-16        | 2024-05-17 | 2024-05-16 | MET      | a conference scheduled for 20 May: due by the report, 2 working days before, sooner than 23 May (audit CP-4)
            scheduled 2024-05-02 INITIAL 2024-05-20, section 47 completed 2024-05-17        | 2024-05-17 | 2024-05-16 | MET_LATE | the day after: late for the report, although within 15 working days (audit CP-4)
            scheduled 2024-05-02 INITIAL 2024-05-20                                         | 2024-05-17 | 2024-05-16 | OVERDUE  | not completed by then (audit CP-4)
            scheduled 2024-05-02 INITIAL 2024-05-08, section 47 completed 2024-05-03        | 2024-05-07 | 2024-05-03 | MET      | a conference on 8 May: the report 2 working days before, the bank holiday of 6 May skipped: 3 May (audit CP-4)
            scheduled 2024-05-02 INITIAL 2024-05-30, section 47 completed 2024-05-23        | 2024-05-24 | 2024-05-23 | MET      | a conference after the 15 working days: the 15 working days apply (audit CP-4)
            scheduled 2024-05-02 INITIAL 2024-05-30, section 47 completed 2024-05-24        | 2024-05-24 | 2024-05-23 | MET_LATE | the day after (audit CP-4)
            strategy discussion 2024-05-01T09:00 s47, initial conference 2024-05-15, section 47 completed 2024-05-13 | 2024-05-16 | 2024-05-13 | MET      | held on 15 May: due 2 working days before, 13 May (audit CP-4)
            section 47 completed 2024-05-23                                                 | 2024-05-24 | 2024-05-23 | MET      | no conference: 15 working days
            """)
    void section_47_completed_sooner_if_a_conference_is_needed(String events, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "section 47 started 2024-05-01, " + events);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.section-47-completed", 1, 1, due, status, why);
    }

    /**
     * CP-8: seen and spoken to alone is not owed for an unborn child (enquiry begun before the birth); a baby too young
     * to talk, seen on a visit that records it, meets it (strategy discussion 3 June 2024 at 10:00, 24 hours to 4 June
     * at 10:00).
     */
    @ParameterizedTest(name = "{0}, visit {1} {2}, as of {3}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # child              | visit            | not spoken to alone | as of      | due        | status   | why
            unborn 2024-10-10    | -                | -                   | 2024-06-05 | -          | NOT_OWED | an unborn child cannot be seen: no 24 hours, as the audit's runs R39 and R42 expected (audit A-S4i)
            born 2024-02-01      | 2024-06-04T10:00 | PRE_VERBAL          | 2024-06-05 | 2024-06-04 | MET      | a 4-month-old seen, recorded as too young to talk: met on the boundary, as the audit's run R37 expected (audit A-S4i)
            born 2024-02-01      | 2024-06-04T10:01 | PRE_VERBAL          | 2024-06-05 | 2024-06-04 | MET_LATE | a minute after the 24 hours (audit A-S4i)
            born 2024-02-01      | 2024-06-04T09:00 | -                   | 2024-06-05 | 2024-06-04 | OVERDUE  | seen, but neither alone nor recorded as too young to talk (audit A-S4i)
            born 2016-05-10      | 2024-06-04T09:00 | CHILD_DECLINED      | 2024-06-05 | 2024-06-04 | OVERDUE  | a child who declined to speak alone has not yet been spoken to alone
            born 2024-06-04      | -                | -                   | 2024-06-05 | -          | NOT_OWED | born the day after the discussion: the enquiry began before the birth
            """)
    void seen_alone_for_an_unborn_child_or_a_baby(String child, String visit, NotSpokenToAloneReason reason, String asOf, String due,
            String status, String why) {
        String date = child.substring(child.indexOf(' ') + 1);
        ChildCase kase = child.startsWith("unborn") ? ChildCase.child("C-2").unbornDueOn(date)
                : date.compareTo("2024-06-03") > 0 ? ChildCase.child("C-2").unbornDueOn("2024-06-10") : ChildCase.child("C-2").bornOn(date);
        kase.strategyDiscussion("2024-06-03T10:00", true);
        if (!child.startsWith("unborn") && date.compareTo("2024-06-03") > 0) {
            kase.with(org.duly.domain.events.Birth.builder().date(java.time.LocalDate.parse(date)).build());
        }
        if (visit != null) {
            Visit.Builder seen = Visit.builder().date(java.time.LocalDate.parse(visit.substring(0, 10)))
                    .time(java.time.LocalTime.parse(visit.substring(11))).purpose(VisitPurpose.SECTION_47_ENQUIRY).childSeen(true).seenAlone(false);
            if (reason != null) {
                seen.notSpokenToAloneBecause(reason);
            }
            kase.with(seen.build());
        }
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "cp.seen-alone", 1, 1, due, status, why);
    }

    /**
     * CP-3: the pre-birth conference's clock starts at the strategy discussion that initiated the enquiry, and an enquiry
     * begun too late for 28 weeks owes the conference within cp.icpc's 15 working days, never before the case existed.
     */
    @ParameterizedTest(name = "expected {0}, discussion {1}, {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # expected | strategy discussion | then                               | as of      | clock      | due        | status   | why
            2024-10-10 | 2024-06-20T10:00    | -                                  | 2024-06-21 | 2024-06-20 | 2024-07-17 | UPCOMING | before 28 weeks (27+6, the day before 12 weeks before 10 October) is later than 15 working days: the booklet's date; the clock starts at the discussion, not the expected date, as in the audit's run R39 (audit A-S12e)
            2024-10-10 | 2024-06-20T10:00    | pre-birth conference 2024-07-17    | 2024-07-19 | 2024-06-20 | 2024-07-17 | MET      | on the day, 27+6: the audit's "strictly on or before 17 July" (audit A-S12e) (review #6)
            2024-10-10 | 2024-06-20T10:00    | pre-birth conference 2024-07-18    | 2024-07-19 | 2024-06-20 | 2024-07-17 | MET_LATE | the day after, at 28+0 (audit A-S12e) (review #6)
            2024-10-10 | 2024-08-20T10:00    | -                                  | 2024-08-21 | 2024-08-20 | 2024-09-11 | UPCOMING | booked late, at 33 weeks: not overdue the day after the discussion, as in the audit's run R42, but due within 15 working days, the summer bank holiday skipped (audit A-S4h)
            2024-10-10 | 2024-08-20T10:00    | pre-birth conference 2024-09-11    | 2024-09-12 | 2024-08-20 | 2024-09-11 | MET      | on the 15th working day (audit A-S4h)
            2024-10-10 | 2024-08-20T10:00    | pre-birth conference 2024-09-12    | 2024-09-12 | 2024-08-20 | 2024-09-11 | MET_LATE | the day after (audit A-S4h)
            2024-10-10 | 2024-08-20T10:00    | -                                  | 2024-09-12 | 2024-08-20 | 2024-09-11 | OVERDUE  | not held by then (audit A-S4h)
            2024-10-10 | 2024-07-01T10:00    | -                                  | 2024-07-02 | 2024-07-01 | 2024-07-22 | UPCOMING | begun at 26 weeks: 15 working days (22 July) are later than 27+6 (17 July), so they apply
            2024-10-10 | 2024-06-20T10:00    | birth 2024-07-10                   | 2024-07-20 | 2024-06-20 | 2024-07-17 | NOT_REQUIRED | born before the conference was due: a pre-birth conference is no longer possible
            """)
    void pre_birth_conference_counts_from_the_enquiry(String expected, String discussion, String then, String asOf, String clock,
            String due, String status, String why) {
        ChildCase kase = ChildCase.child("C-2").unbornDueOn(expected).strategyDiscussion(discussion, true);
        Story.tell(kase, then);
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        Story.expect(schedule, "cp.pre-birth-icpc", 1, 1, due, status, why);
        org.assertj.core.api.Assertions.assertThat(schedule.entriesOf("cp.pre-birth-icpc").get(0).clockStartedOn()).as(why)
                .contains(java.time.LocalDate.parse(clock));
    }

    /**
     * CP-14: an interim safety plan put in place immediately when it is considered the child is at risk of significant
     * harm: the day of the strategy discussion that initiated section 47 enquiries, weekends included (booklet L569, L594).
     */
    @ParameterizedTest(name = "{0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                             | as of      | due        | status   | why
            strategy discussion 2024-03-04T10:00 s47, safety plan 2024-03-04     | 2024-03-05 | 2024-03-04 | MET      | the same day (review L594)
            strategy discussion 2024-03-04T10:00 s47, safety plan 2024-03-05     | 2024-03-05 | 2024-03-04 | MET_LATE | the day after (review L594)
            strategy discussion 2024-03-02T10:00 s47, safety plan 2024-03-02     | 2024-03-04 | 2024-03-02 | MET      | a Saturday: imminent risk does not wait for Monday (review L594)
            strategy discussion 2024-03-02T10:00 s47, safety plan 2024-03-04     | 2024-03-04 | 2024-03-02 | MET_LATE | the Monday is late (review L594)
            strategy discussion 2024-03-04T10:00 s47                             | 2024-03-05 | 2024-03-04 | OVERDUE  | no safety plan recorded
            strategy discussion 2024-03-04T10:00                                 | 2024-03-05 | -          | -        | the discussion did not initiate section 47 enquiries
            """)
    void interim_safety_plan(String events, String asOf, String due, Status status, String why) {
        ChildCase kase = child();
        for (String item : events.split(",")) {
            String text = item.trim();
            if (text.startsWith("safety plan ")) {
                kase.with(org.duly.domain.events.InterimSafetyPlan.builder()
                        .date(java.time.LocalDate.parse(text.substring("safety plan ".length()))).build());
            } else {
                Story.tell(kase, text);
            }
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation("cp.interim-safety-plan");
        } else {
            assertThat(schedule).obligation("cp.interim-safety-plan").as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * CP-15: the child visited at the pattern agreed at the initial or review conference, recorded as the most days between
     * visits: here fortnightly (14 days) from the initial conference on Monday 4 March 2024, weekly (7) from a review on
     * Tuesday 4 June (booklet L570).
     */
    @ParameterizedTest(name = "pattern {0}, review {1}, visits {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # pattern | review pattern | visits                | as of      | #  | due        | status   | why (# 0: any occurrence)
            14        | -              | 2024-03-18            | 2024-03-19 | 1  | 2024-03-18 | MET      | 14 days after the conference (review L570)
            14        | -              | 2024-03-19            | 2024-03-19 | 1  | 2024-03-18 | MET_LATE | the day after (review L570)
            14        | -              | -                     | 2024-03-19 | 1  | 2024-03-18 | OVERDUE  | not visited
            14        | -              | 2024-03-15 2024-03-29 | 2024-03-30 | 2  | 2024-03-29 | MET      | then within 14 days of the last visit (review L570)
            14        | -              | 2024-03-15 2024-03-30 | 2024-03-30 | 2  | 2024-03-29 | MET_LATE | the day after (review L570)
            14        | 7              | 2024-06-11            | 2024-06-12 | 0  | 2024-06-11 | MET      | the review agreed weekly visits: the first within 7 days of it (review L570)
            14        | 7              | 2024-06-12            | 2024-06-12 | 0  | 2024-06-11 | MET_LATE | the day after (review L570)
            -         | -              | -                     | 2024-03-19 | 0  | -          | -        | no pattern recorded: nothing asked here
            """)
    void visits_at_the_agreed_pattern(Integer pattern, Integer reviewPattern, String visits, String asOf, int occurrence, String due,
            Status status, String why) {
        ConferenceHeld.Builder initial = ConferenceHeld.builder().date(java.time.LocalDate.parse("2024-03-04")).kind(ConferenceKind.INITIAL);
        if (pattern != null) {
            initial.visitingIntervalDays(pattern);
        }
        ChildCase kase = child().strategyDiscussion("2024-02-12T10:00", true).with(initial.build())
                .planCreated("2024-03-04", ChildsPlanKind.CHILD_PROTECTION);
        if (reviewPattern != null) {
            kase.with(ConferenceHeld.builder().date(java.time.LocalDate.parse("2024-06-04")).kind(ConferenceKind.REVIEW)
                    .visitingIntervalDays(reviewPattern).build());
        }
        for (String visit : Tables.dates(visits)) {
            kase.with(org.duly.domain.events.Visit.builder().date(java.time.LocalDate.parse(visit))
                    .purpose(org.duly.domain.events.VisitPurpose.CHILD_PROTECTION).childSeen(true).seenAlone(false)
                    .visitorRole(org.duly.domain.workforce.WorkerRole.SOCIAL_WORKER).build());
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation("cp.visits");
        } else if (occurrence > 0) {
            assertThat(schedule).obligation("cp.visits", occurrence).as(why).isDueOn(due).hasStatus(status);
        } else {
            org.assertj.core.api.Assertions.assertThat(schedule.entriesOf("cp.visits")).as(why)
                    .anySatisfy(entry -> org.assertj.core.api.Assertions.assertThat(entry.due().orElseThrow() + " " + entry.status())
                            .isEqualTo(due + " " + status));
        }
    }

    /** CP-15: a pre-birth conference's visiting pattern asks for no visits to a child not yet born. */
    @org.junit.jupiter.api.Test
    void a_pre_birth_conference_visiting_pattern_owes_no_visits_before_the_birth() {
        ChildCase kase = ChildCase.child("C-2").unbornDueOn("2024-09-01").strategyDiscussion("2024-04-02T11:00", true)
                .with(ConferenceHeld.builder().date(java.time.LocalDate.parse("2024-04-22")).kind(ConferenceKind.INITIAL).preBirth(true)
                        .visitingIntervalDays(14).build())
                .planCreated("2024-04-22", ChildsPlanKind.CHILD_PROTECTION);
        assertThat(kase.schedule("2024-06-03", DERBYSHIRE)).as("an unborn child cannot be seen: no visits owed (review L570)")
                .hasNoObligation("cp.visits");
    }

    /** Statutory labels only where the instrument imposes the duty. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule                           | basis                                                                               | why
            cp.pre-birth-review-conferences  | local practice standard                                                             | the month after the birth is local procedure, not Working Together's (audit A-S12c)
            cp.review-conferences            | statutory: Working Together to Safeguard Children 2023, review child protection conferences | Working Together sets the first review within 3 months and then at most 6-monthly
            cp.icpc                          | statutory: Working Together to Safeguard Children 2023, initial child protection conferences | 15 working days of the strategy discussion are Working Together's
            """)
    void labels_name_an_instrument_only_where_it_imposes_the_duty(String ruleId, String basis, String why) {
        org.assertj.core.api.Assertions.assertThat(DERBYSHIRE.rule(ruleId).orElseThrow().basis().inWords()).as(why).isEqualTo(basis);
    }

    /** CP-4: a conference alone, with no section 47 enquiry recorded as started, owes no enquiry completion. */
    @org.junit.jupiter.api.Test
    void a_conference_without_a_recorded_enquiry_start_owes_no_completion() {
        Schedule schedule = Story.tell(child(), "strategy discussion 2024-03-14T10:00 s47, initial conference 2024-04-09")
                .schedule("2024-04-10", DERBYSHIRE);
        assertThat(schedule).hasNoObligation("cp.section-47-completed");
    }

    /** What the notes say where the reading alone would mislead a policy author (the handbook review). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule | the notes or the reading say | why
            cp.pre-birth-icpc | the last day on time is the day before, 27+6 | "before 28 weeks" (review #6)
            cp.pre-birth-icpc | cp.icpc's 15 working days apply to an unborn child's enquiry as well | both rules run before the birth (review #33)
            cp.core-groups | "at least every 6 weeks" is Derbyshire's own standard | Working Together sets only the first core group (review #15)
            cp.review-conferences | one that was not a pre-birth conference, as for almost every child | the reading's "(not a pre-birth conference)" (review #40)
            cp.report-initial | the report shared with the parents for the initial conference | the booklet's "shared in advance with parents" (review #42)
            """)
    void notes_say_what_the_booklet_leaves_open(String ruleId, String words, String why) {
        Tables.checkNotesSay(ruleId, words, why);
    }
}
