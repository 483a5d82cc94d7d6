package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.testkit.DulyAssertions.assertThat;

import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The court work rules of the Derbyshire catalogue, as tables a policy author can read: given these
 * events, on this date, expect this due date and status. The Public Law Outline numbers calendar days,
 * so no table here skips a bank holiday: the rows with one inside the period show that it is not skipped.
 */
class CourtWorkRulesTest {

    private static ChildCase child() {
        return ChildCase.child("C-3").bornOn("2023-02-01");
    }

    /** CT-1: care proceedings completed within 26 weeks of the issue of the application. */
    @ParameterizedTest(name = "issued {0}, concluded {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # issued   | concluded  | as of      | due        | status   | why
            2024-03-05 | 2024-09-03 | 2024-09-03 | 2024-09-03 | MET      | on the last day: 26 weeks are 182 days
            2024-03-05 | 2024-09-04 | 2024-09-04 | 2024-09-03 | MET_LATE | the day after
            2024-03-05 | -          | 2024-06-03 | 2024-09-03 | UPCOMING | months ahead
            2024-03-05 | -          | 2024-09-03 | 2024-09-03 | DUE_SOON | due today
            2024-03-05 | -          | 2024-09-04 | 2024-09-03 | OVERDUE  | the day after, not concluded
            2024-02-26 | 2024-08-26 | 2024-08-26 | 2024-08-26 | MET      | weeks are calendar weeks: due on the summer bank holiday, not moved
            """)
    void proceedings_in_26_weeks(String issued, String concluded, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "issued " + issued + (concluded == null ? "" : ", concluded " + concluded));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.proceedings-26-weeks", 1, 1, due, status, why);
    }

    /** CT-1: the 26 weeks run from the issue, not from the start of pre-proceedings. */
    @ParameterizedTest(name = "{0}: due {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                              | as of      | due        | status   | why
            pre-proceedings started 2024-01-08, issued 2024-03-05 | 2024-03-06 | 2024-09-03 | UPCOMING | the booklet's "including PLO" does not move the start
            """)
    void proceedings_counted_from_the_issue(String events, String asOf, String due, String status, String why) {
        Story.expect(Story.tell(child(), events).schedule(asOf, DERBYSHIRE), "court.proceedings-26-weeks", 1, 1, due, status, why);
    }

    /** CT-2: pre-proceedings ideally completed within 16 weeks of their start, and within 26 weeks at most. */
    @ParameterizedTest(name = "started {0}, ended {1}, as of {2}: ideally {3}, due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # started  | ended      | as of      | ideally    | due        | status   | why
            2024-01-08 | 2024-04-29 | 2024-04-29 | 2024-04-29 | 2024-07-08 | MET      | on the ideal date, 16 weeks (112 days)
            2024-01-08 | 2024-04-30 | 2024-04-30 | 2024-04-29 | 2024-07-08 | MET      | after the ideal date, within the limit: still met
            2024-01-08 | 2024-07-08 | 2024-07-08 | 2024-04-29 | 2024-07-08 | MET      | on the limit, 26 weeks (182 days)
            2024-01-08 | 2024-07-09 | 2024-07-09 | 2024-04-29 | 2024-07-08 | MET_LATE | the day after the limit
            2024-01-08 | -          | 2024-04-30 | 2024-04-29 | 2024-07-08 | UPCOMING | past the ideal date: the limit decides the status
            2024-01-08 | -          | 2024-07-08 | 2024-04-29 | 2024-07-08 | DUE_SOON | due today
            2024-01-08 | -          | 2024-07-09 | 2024-04-29 | 2024-07-08 | OVERDUE  | the day after the limit, not ended
            """)
    void pre_proceedings(String started, String ended, String asOf, String ideally, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "pre-proceedings started " + started + (ended == null ? "" : ", pre-proceedings ended " + ended));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.pre-proceedings", 1, 1, due, status, why);
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("court.pre-proceedings").as(why).hasTarget(ideally);
    }

    /**
     * CT-2: the issue of care proceedings ends pre-proceedings: issued by the due date, the PLO is no longer owed (not
     * required, naming the issue); issued after it, the overrun stays a miss.
     */
    @ParameterizedTest(name = "started {0}, issued {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # started  | issued     | as of      | due        | status       | why
            2024-01-08 | 2024-03-01 | 2024-08-01 | 2024-07-08 | NOT_REQUIRED | issued 7.5 weeks in: pre-proceedings ended by the issue, not overdue five months on (audit A-S4e)
            2024-01-08 | 2024-07-08 | 2024-07-09 | 2024-07-08 | NOT_REQUIRED | issued on the last day: ended in time (audit A-S4e)
            2024-01-08 | 2024-07-09 | 2024-07-10 | 2024-07-08 | MISSED       | issued the day after: the overrun stays a miss (audit A-S4e)
            2024-01-08 | 2024-07-09 | 2024-07-08 | 2024-07-08 | DUE_SOON     | before the issue is known, due today
            """)
    void pre_proceedings_ended_by_the_issue(String started, String issued, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "pre-proceedings started " + started + ", issued " + issued);
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        Story.expect(schedule, "court.pre-proceedings", 1, 1, due, status, why);
        if (!status.equals("DUE_SOON")) {
            org.assertj.core.api.Assertions.assertThat(schedule.entriesOf("court.pre-proceedings").get(0).reason()).as(why)
                    .hasValueSatisfying(reason -> org.assertj.core.api.Assertions.assertThat(reason).contains("issue").contains(issued));
        }
    }

    /**
     * CT-3: the application filed on day 1 with its documents. It is met by the issue itself when every day 1 document
     * is filed with it; a document filed later has no record of its own, so day 1 missed cannot be met late.
     */
    @ParameterizedTest(name = "{0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # issued                     | as of      | due        | status   | why
            2024-03-05                   | 2024-03-05 | 2024-03-05 | MET      | issued with every day 1 document
            2024-03-05 without CARE_PLAN | 2024-03-05 | 2024-03-05 | DUE_SOON | the care plan missing: due on day 1 itself, never upcoming
            2024-03-05 without GENOGRAM  | 2024-03-06 | 2024-03-05 | OVERDUE  | the genogram missing: day 1 is missed
            """)
    void day_1_filing(String issued, String asOf, String due, String status, String why) {
        Story.expect(Story.tell(child(), "issued " + issued).schedule(asOf, DERBYSHIRE), "court.day-1-filing", 1, 1, due, status, why);
    }

    /** CT-4: the application served on day 2, the issue being day 1: the next calendar day. */
    @ParameterizedTest(name = "issued {0}, served {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # issued   | served     | as of      | due        | status   | why
            2024-03-05 | 2024-03-06 | 2024-03-06 | 2024-03-06 | MET      | on day 2
            2024-03-05 | 2024-03-07 | 2024-03-07 | 2024-03-06 | MET_LATE | the day after
            2024-03-05 | -          | 2024-03-05 | 2024-03-06 | DUE_SOON | due the next day: never upcoming
            2024-03-05 | -          | 2024-03-06 | 2024-03-06 | DUE_SOON | due today
            2024-03-05 | -          | 2024-03-07 | 2024-03-06 | OVERDUE  | the day after, not served
            2024-03-28 | 2024-03-29 | 2024-03-29 | 2024-03-29 | MET      | day 2 is Good Friday: the booklet numbers days, not working days
            2024-03-28 | 2024-04-02 | 2024-04-02 | 2024-03-29 | MET_LATE | served on the next working day is late
            """)
    void day_2_service(String issued, String served, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "issued " + issued + (served == null ? "" : ", served " + served));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.day-2-service", 1, 1, due, status, why);
    }

    /** CT-5: the first case management hearing between day 12 and day 18, the issue being day 1. */
    @ParameterizedTest(name = "issued {0}, hearing {1}, as of {2}: opens {3}, due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # issued   | hearing    | as of      | opens      | due        | status   | why
            2024-03-04 | 2024-03-15 | 2024-03-15 | 2024-03-15 | 2024-03-21 | MET      | on day 12, the window's first day
            2024-03-04 | 2024-03-21 | 2024-03-21 | 2024-03-15 | 2024-03-21 | MET      | on day 18, the last day
            2024-03-04 | 2024-03-22 | 2024-03-22 | 2024-03-15 | 2024-03-21 | MET_LATE | on day 19
            2024-03-04 | -          | 2024-03-05 | 2024-03-15 | 2024-03-21 | UPCOMING | 5 working days ahead end on 12 March
            2024-03-04 | -          | 2024-03-14 | 2024-03-15 | 2024-03-21 | DUE_SOON | 5 working days ahead, before the window opens
            2024-03-04 | -          | 2024-03-21 | 2024-03-15 | 2024-03-21 | DUE_SOON | due today
            2024-03-04 | -          | 2024-03-22 | 2024-03-15 | 2024-03-21 | OVERDUE  | the day after, no hearing
            2024-03-18 | -          | 2024-03-19 | 2024-03-29 | 2024-04-04 | UPCOMING | calendar days: the window opens on Good Friday and Easter is not skipped
            """)
    void case_management_hearing(String issued, String hearing, String asOf, String opens, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "issued " + issued + (hearing == null ? "" : ", hearing " + hearing));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.case-management-hearing", 1, 1, due, status, why);
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("court.case-management-hearing").as(why).opensOn(opens);
    }

    /**
     * CT-5: a hearing before day 12 is not the first case management hearing the window asks for: work before the
     * window opens does not meet it.
     */
    @ParameterizedTest(name = "issued {0}, hearing {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # issued   | hearing    | as of      | due        | status   | why
            2024-03-04 | 2024-03-15 | 2024-03-22 | 2024-03-21 | MET      | on day 12, the day the window opens (audit A-S5c)
            2024-03-04 | 2024-03-14 | 2024-03-22 | 2024-03-21 | OVERDUE  | on day 11, the day before it opens: not met (audit A-S5c)
            2024-03-04 | 2024-03-11 | 2024-03-14 | 2024-03-21 | DUE_SOON | on day 8: still owed, not met early
            """)
    void case_management_hearing_before_the_window(String issued, String hearing, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "issued " + issued + ", hearing " + hearing);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.case-management-hearing", 1, 1, due, status, why);
    }

    /**
     * CT-6: court directions complied with by the date the court set, each met only by compliance with the same
     * direction (D-1 made on 2 April; D-2 made the same day, due 30 April).
     */
    @ParameterizedTest(name = "D-1 due {0}, {1}, as of {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # D-1 due as directed | complied                | as of      | status   | why
            2024-04-16            | complied 2024-04-16 D-1 | 2024-04-16 | MET      | by the date the court set
            2024-04-16            | complied 2024-04-17 D-1 | 2024-04-17 | MET_LATE | the day after
            2024-04-16            | -                       | 2024-04-03 | UPCOMING | 5 working days ahead end on 10 April
            2024-04-16            | -                       | 2024-04-16 | DUE_SOON | due today
            2024-04-16            | -                       | 2024-04-17 | OVERDUE  | the day after, not complied with
            2024-04-16            | complied 2024-04-10 D-2 | 2024-04-17 | OVERDUE  | complying with another direction does not meet this one
            2024-04-02            | complied 2024-04-02 D-1 | 2024-04-02 | MET      | due the day it was made
            """)
    void court_directions(String due, String complied, String asOf, String status, String why) {
        ChildCase kase = Story.tell(child(), "direction 2024-04-02 D-1 " + due + ", direction 2024-04-02 D-2 2024-04-30"
                + (complied == null ? "" : ", " + complied));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.directions", 1, 1, due, status, why);
    }

    /**
     * CT-6: a direction the court varies under its own id (D-1 made on 2 April, due 16 April; varied to 30 April) is
     * replaced by the variation: the old timeframe is not required if varied before it fell due, missed if varied after;
     * compliance from the variation's day on meets the varied direction. Occurrence 1 is D-1 as first made, 2 is D-2
     * (due 30 April), 3 is D-1 as varied.
     */
    @ParameterizedTest(name = "varied {0}, {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # varied (on, due) | complied                | as of      | # | due        | status       | why
            2024-04-10 2024-04-30 | -                    | 2024-04-17 | 1 | 2024-04-16 | NOT_REQUIRED | varied before it fell due: the old timeframe is replaced, not overdue for ever (audit A-S4f)
            2024-04-16 2024-04-30 | -                    | 2024-04-17 | 1 | 2024-04-16 | NOT_REQUIRED | varied on its due day: not yet late, replaced (audit A-S4f)
            2024-04-17 2024-04-30 | -                    | 2024-04-18 | 1 | 2024-04-16 | MISSED       | varied the day after it fell due: the miss stays (audit A-S4f)
            2024-04-10 2024-04-30 | -                    | 2024-04-17 | 3 | 2024-04-30 | UPCOMING     | the varied direction is owed by the date the court set
            2024-04-10 2024-04-30 | complied 2024-04-30 D-1 | 2024-05-01 | 3 | 2024-04-30 | MET       | the variation recorded under its own id, complied on the new date (audit A-S6b)
            2024-04-10 2024-04-30 | complied 2024-05-01 D-1 | 2024-05-02 | 3 | 2024-04-30 | MET_LATE  | the day after the new date (audit A-S6b)
            2024-04-10 2024-04-30 | complied 2024-04-12 D-1 | 2024-05-02 | 3 | 2024-04-30 | MET       | complied after the variation: it meets the varied direction
            2024-04-10 2024-04-30 | complied 2024-04-12 D-1 | 2024-05-02 | 1 | 2024-04-16 | NOT_REQUIRED | and the old timeframe is not required
            2024-04-10 2024-04-30 | complied 2024-04-12 D-2 | 2024-05-02 | 2 | 2024-04-30 | MET       | another direction is not varied by it
            """)
    void varied_directions(String varied, String complied, String asOf, int occurrence, String due, String status, String why) {
        String[] onAndDue = varied.split(" ");
        ChildCase kase = Story.tell(child(), "direction 2024-04-02 D-1 2024-04-16, direction 2024-04-02 D-2 2024-04-30, direction "
                + onAndDue[0] + " D-1 " + onAndDue[1] + (complied == null ? "" : ", " + complied));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.directions", 1, occurrence, due, status, why);
    }
}
