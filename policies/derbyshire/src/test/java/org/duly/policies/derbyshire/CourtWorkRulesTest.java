package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.testkit.DulyAssertions.assertThat;

import org.duly.domain.events.CareProceedingsConcluded;
import org.duly.domain.events.CareProceedingsIssued;
import org.duly.domain.events.CareProceedingsServed;
import org.duly.domain.events.CaseManagementHearing;
import org.duly.domain.events.CourtDocument;
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

    /**
     * CT-1: care proceedings completed within 26 weeks beginning with the day of issue (Children Act 1989
     * s32(1)(a)(ii)): the issue is day 1 of 182, so the last day is 181 days after it.
     */
    @ParameterizedTest(name = "issued {0}, concluded {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # issued   | concluded  | as of      | due        | status   | why
            2024-03-05 | 2024-09-02 | 2024-09-02 | 2024-09-02 | MET      | on the last day: the issue is day 1, day 182 is 181 days after it (audit A-S5a)
            2024-03-05 | 2024-09-03 | 2024-09-03 | 2024-09-02 | MET_LATE | the day after: 26 weeks and a day after the issue is late (audit A-S5a)
            2024-03-05 | -          | 2024-06-03 | 2024-09-02 | UPCOMING | months ahead
            2024-03-05 | -          | 2024-09-02 | 2024-09-02 | DUE_SOON | due today
            2024-03-05 | -          | 2024-09-03 | 2024-09-02 | OVERDUE  | the day after, not concluded
            2024-05-24 | 2024-11-21 | 2024-12-01 | 2024-11-21 | MET      | issued on a Friday, concluded on Thursday 21 November, day 182: as section 32(1)(a)(ii) counts them (audit A-S12d)
            2024-05-24 | 2024-11-22 | 2024-12-01 | 2024-11-21 | MET_LATE | concluded on Friday 22 November, day 183: late, not met (audit A-S5a)
            2024-02-27 | 2024-08-26 | 2024-08-26 | 2024-08-26 | MET      | weeks are calendar weeks: due on the summer bank holiday, not moved
            2024-02-27 | 2024-08-27 | 2024-08-27 | 2024-08-26 | MET_LATE | the day after the bank holiday is late
            """)
    void proceedings_in_26_weeks(String issued, String concluded, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "issued " + issued + (concluded == null ? "" : ", concluded " + concluded));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.proceedings-26-weeks", 1, 1, due, status, why);
    }

    /** CT-1: the 26 weeks run from the issue, not from the start of pre-proceedings. */
    @ParameterizedTest(name = "{0}: due {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                              | as of      | due        | status   | why
            pre-proceedings started 2024-01-08, issued 2024-03-05 | 2024-03-06 | 2024-09-02 | UPCOMING | the booklet's "including PLO" does not move the start
            """)
    void proceedings_counted_from_the_issue(String events, String asOf, String due, String status, String why) {
        Story.expect(Story.tell(child(), events).schedule(asOf, DERBYSHIRE), "court.proceedings-26-weeks", 1, 1, due, status, why);
    }

    /**
     * CT-1: the court extends the time under section 32(5), up to 8 weeks at a time, to the date it sets. Issued on
     * 5 March 2024, the 26 weeks end on 2 September; an extension made by then moves the due date to the date set, one
     * made after it does not undo the overrun; a further extension made by the extended date replaces it.
     */
    @ParameterizedTest(name = "issued 2024-03-05, {0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # more                                                                | as of      | due        | status   | why
            extended 2024-08-20 2024-10-28, concluded 2024-10-28                  | 2024-11-01 | 2024-10-28 | MET      | extended by 8 weeks before the 26 weeks ended: concluded on the date the court set (audit A-S8d)
            extended 2024-08-20 2024-10-28, concluded 2024-10-29                  | 2024-11-01 | 2024-10-28 | MET_LATE | the day after the extended date (audit A-S8d)
            extended 2024-08-20 2024-10-28                                        | 2024-09-03 | 2024-10-28 | UPCOMING | extended: not overdue after the 26 weeks (audit A-S8d)
            extended 2024-09-02 2024-10-28, concluded 2024-10-01                  | 2024-11-01 | 2024-10-28 | MET      | extended on the last day of the 26 weeks: it counts (audit A-S8d)
            extended 2024-09-03 2024-10-28, concluded 2024-10-01                  | 2024-11-01 | 2024-09-02 | MET_LATE | extended the day after they ended: the overrun stays late (audit A-S8d)
            extended 2024-08-20 2024-10-28, extended 2024-10-28 2024-12-23, concluded 2024-12-23 | 2025-01-06 | 2024-12-23 | MET | extended again by the extended date: the new date replaces it
            """)
    void proceedings_extended(String more, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "issued 2024-03-05, " + more);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.proceedings-26-weeks", 1, 1, due, status, why);
    }

    /**
     * CT-2: pre-proceedings completed within 16 weeks of their start, the booklet's only figure for the PLO; the 26 weeks
     * are the proceedings' limit, not the PLO's.
     */
    @ParameterizedTest(name = "started {0}, ended {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # started  | ended      | as of      | due        | status   | why
            2024-01-08 | 2024-04-29 | 2024-04-29 | 2024-04-29 | MET      | on the last day of the 16 weeks (112 days) (audit A-S5b)
            2024-01-08 | 2024-04-30 | 2024-04-30 | 2024-04-29 | MET_LATE | the day after: no invented 26-week limit makes it on time (audit A-S5b)
            2024-01-08 | 2024-05-20 | 2024-05-20 | 2024-04-29 | MET_LATE | a 19-week PLO is late, and visibly so (audit A-S5b)
            2024-01-08 | -          | 2024-04-12 | 2024-04-29 | UPCOMING | more than 5 working days ahead
            2024-01-08 | -          | 2024-04-29 | 2024-04-29 | DUE_SOON | due today
            2024-01-08 | -          | 2024-04-30 | 2024-04-29 | OVERDUE  | the day after, not ended
            2024-02-05 | 2024-05-27 | 2024-05-27 | 2024-05-27 | MET      | weeks are calendar weeks: due on the spring bank holiday, not moved
            """)
    void pre_proceedings(String started, String ended, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child(), "pre-proceedings started " + started + (ended == null ? "" : ", pre-proceedings ended " + ended));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "court.pre-proceedings", 1, 1, due, status, why);
    }

    /**
     * CT-2: the issue of care proceedings ends pre-proceedings: issued by the due date, the PLO is no longer owed (not
     * required, naming the issue); issued after it, the overrun stays a miss.
     */
    @ParameterizedTest(name = "started {0}, issued {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # started  | issued     | as of      | due        | status       | why
            2024-01-08 | 2024-03-01 | 2024-08-01 | 2024-04-29 | NOT_REQUIRED | issued 7.5 weeks in: pre-proceedings ended by the issue, not overdue five months on (audit A-S4e)
            2024-01-08 | 2024-04-29 | 2024-04-30 | 2024-04-29 | NOT_REQUIRED | issued on the last day: ended in time (audit A-S4e)
            2024-01-08 | 2024-04-30 | 2024-05-01 | 2024-04-29 | MISSED       | issued the day after: the overrun stays a miss (audit A-S4e)
            2024-01-08 | 2024-04-30 | 2024-04-29 | 2024-04-29 | DUE_SOON     | before the issue is known, due today
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
     * CT-3: the application filed on day 1 with its documents: met on the day the last of them is filed, with the issue
     * or by documents filed after it (late). A current assessment is owed only when the local authority relies on one.
     */
    @ParameterizedTest(name = "{0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                     | as of      | due        | status   | why
            issued 2024-03-05                                            | 2024-03-05 | 2024-03-05 | MET      | issued with every day 1 document
            issued 2024-03-05 without CARE_PLAN                          | 2024-03-05 | 2024-03-05 | DUE_SOON | the care plan missing: due on day 1 itself, never upcoming
            issued 2024-03-05 without GENOGRAM                           | 2024-03-06 | 2024-03-05 | OVERDUE  | the genogram missing: day 1 is missed
            issued 2024-03-05 without ASSESSMENTS                        | 2024-03-06 | 2024-03-05 | MET      | no assessment filed and none relied on: nothing missing (audit A-S4g)
            issued 2024-03-05 without ASSESSMENTS relying                | 2024-03-06 | 2024-03-05 | OVERDUE  | the local authority relies on an assessment it did not file (audit A-S4g)
            issued 2024-03-05 without GENOGRAM, filed 2024-03-05 GENOGRAM | 2024-03-06 | 2024-03-05 | MET     | the genogram filed later on day 1: on time (audit A-S6c)
            issued 2024-03-05 without GENOGRAM, filed 2024-03-06 GENOGRAM | 2024-03-06 | 2024-03-05 | MET_LATE | filed on day 2: the late filing is recorded and met late, not overdue for ever (audit A-S6c)
            issued 2024-03-05 without GENOGRAM, filed 2024-03-06 CHRONOLOGY | 2024-03-07 | 2024-03-05 | OVERDUE | filing another document does not complete them (audit A-S6c)
            issued 2024-03-05 without ASSESSMENTS relying, filed 2024-03-08 ASSESSMENTS | 2024-03-11 | 2024-03-05 | MET_LATE | the assessment relied on, filed three days late (audit A-S4g)
            """)
    void day_1_filing(String events, String asOf, String due, String status, String why) {
        Story.expect(Story.tell(child(), events).schedule(asOf, DERBYSHIRE), "court.day-1-filing", 1, 1, due, status, why);
    }

    /**
     * CT-1, CT-4, CT-5: where the case file names the proceedings, service, the hearing and the conclusion meet only the
     * proceedings they name. Proceedings P-1 issued on Monday 4 March 2024, P-2 on Tuesday 5 March; occurrence 1 is
     * P-1's, 2 is P-2's.
     */
    @ParameterizedTest(name = "{0} {1} {2}: {3} #{4} as of {5}: due {6}, {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # record  | on         | names | rule                          | # | as of      | due        | status   | why
            served    | 2024-03-05 | P-1   | court.day-2-service           | 1 | 2024-03-07 | 2024-03-05 | MET      | P-1 served on its day 2
            served    | 2024-03-05 | P-1   | court.day-2-service           | 2 | 2024-03-07 | 2024-03-06 | OVERDUE  | and not P-2, the more recent proceedings
            served    | 2024-03-06 | P-2   | court.day-2-service           | 2 | 2024-03-07 | 2024-03-06 | MET      | P-2 served on its own day 2
            hearing   | 2024-03-16 | P-1   | court.case-management-hearing | 1 | 2024-03-23 | 2024-03-21 | MET      | P-1's hearing, inside both windows, meets P-1's
            hearing   | 2024-03-16 | P-1   | court.case-management-hearing | 2 | 2024-03-23 | 2024-03-22 | OVERDUE  | and not P-2's
            concluded | 2024-06-03 | P-1   | court.proceedings-26-weeks    | 1 | 2024-06-04 | 2024-09-01 | MET      | P-1 concluded
            concluded | 2024-06-03 | P-1   | court.proceedings-26-weeks    | 2 | 2024-06-04 | 2024-09-02 | UPCOMING | P-2 is still running
            """)
    void proceedings_linked_by_their_id(String record, String on, String names, String rule, int occurrence, String asOf, String due,
            String status, String why) {
        java.time.LocalDate date = java.time.LocalDate.parse(on);
        ChildCase kase = child().with(
                CareProceedingsIssued.builder().date(java.time.LocalDate.parse("2024-03-04")).proceedingsId("P-1")
                        .documentsFiled(java.util.EnumSet.allOf(CourtDocument.class)).build(),
                CareProceedingsIssued.builder().date(java.time.LocalDate.parse("2024-03-05")).proceedingsId("P-2")
                        .documentsFiled(java.util.EnumSet.allOf(CourtDocument.class)).build());
        kase.with(switch (record) {
            case "served" -> CareProceedingsServed.builder().date(date).proceedingsId(names).build();
            case "hearing" -> CaseManagementHearing.builder().date(date).proceedingsId(names).build();
            case "concluded" -> CareProceedingsConcluded.builder().date(date).proceedingsId(names).build();
            default -> throw new IllegalArgumentException("no such court record: " + record);
        });
        Story.expect(kase.schedule(asOf, DERBYSHIRE), rule, 1, occurrence, due, status, why);
    }

    /**
     * CT-4: the application served on day 2, the issue being day 1: the next business day, as the Family Procedure Rules
     * count a period of 7 days or less (r2.9(4): a day that is not a business day does not count).
     */
    @ParameterizedTest(name = "issued {0}, served {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # issued   | served     | as of      | due        | status   | why
            2024-03-05 | 2024-03-06 | 2024-03-06 | 2024-03-06 | MET      | on day 2
            2024-03-05 | 2024-03-07 | 2024-03-07 | 2024-03-06 | MET_LATE | the day after
            2024-03-05 | -          | 2024-03-05 | 2024-03-06 | DUE_SOON | due the next day: never upcoming
            2024-03-05 | -          | 2024-03-06 | 2024-03-06 | DUE_SOON | due today
            2024-03-05 | -          | 2024-03-07 | 2024-03-06 | OVERDUE  | the day after, not served
            2024-03-28 | 2024-04-02 | 2024-04-03 | 2024-04-02 | MET      | issued on Maundy Thursday: Good Friday and Easter Monday are not business days, so day 2 is Tuesday 2 April (review #12)
            2024-03-28 | 2024-04-03 | 2024-04-03 | 2024-04-02 | MET_LATE | the day after (review #12)
            2024-03-08 | 2024-03-11 | 2024-03-11 | 2024-03-11 | MET      | issued on a Friday: day 2 is the Monday, not the Saturday, when no service is expected (review #12)
            2024-03-08 | 2024-03-12 | 2024-03-12 | 2024-03-11 | MET_LATE | the day after (review #12)
            2024-03-08 | -          | 2024-03-09 | 2024-03-11 | DUE_SOON | the Saturday after a Friday issue: not yet due (review #12)
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

    /** What the notes say where the reading alone would mislead a policy author (the handbook review). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule | the notes or the reading say | why
            court.proceedings-26-weeks | 26 weeks beginning with the day of issue | the statute's words beside the 181 days (review #11)
            court.proceedings-26-weeks | The booklet's "(including PLO)" is not counted | the booklet's words set aside, and why (review #11)
            court.day-2-service | r2.9(4) | the Family Procedure Rules' count of short periods (review #12)
            court.case-management-hearing | longer than the 7 days | why days 12 to 18 are calendar days (review #12)
            """)
    void notes_say_what_the_booklet_leaves_open(String ruleId, String words, String why) {
        Tables.checkNotesSay(ruleId, words, why);
    }
}
