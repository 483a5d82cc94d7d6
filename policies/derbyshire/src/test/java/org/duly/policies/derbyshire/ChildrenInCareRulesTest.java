package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import org.duly.domain.events.IroSpokeWithChild;
import org.duly.domain.events.LookedAfterReviewScheduled;
import org.duly.domain.events.NotSpokenToAloneReason;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.testkit.ChildCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The children in care rules of the Derbyshire catalogue, as tables a policy author can read: given
 * these events, on this date, expect this due date and status. Unless a table says otherwise, the
 * child (born 10 May 2016) became looked after under section 20 on Monday 4 March 2024 and was placed
 * in local authority foster care that day.
 */
class ChildrenInCareRulesTest {

    private static final String IN_CARE = "looked after 2024-03-04, placed 2024-03-04";

    private static ChildCase child(String born) {
        return ChildCase.child("C-4").bornOn(born);
    }

    private static ChildCase inCare(String events) {
        return Story.tell(child("2016-05-10"), IN_CARE + (events == null ? "" : ", " + events));
    }

    /** LAC-1, LAC-2: visits within 1 week of the start of the placement, then at most every 6 weeks, or 4 in IFA and private residential placements. */
    @ParameterizedTest(name = "{0}: {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # placed on 2024-03-04 in    | visits                             | as of      | # | due        | status   | why
            LOCAL_AUTHORITY_FOSTER_CARE  | visit 2024-03-11                   | 2024-03-11 | 1 | 2024-03-11 | MET      | within 1 week of the start of the placement
            LOCAL_AUTHORITY_FOSTER_CARE  | visit 2024-03-12                   | 2024-03-12 | 1 | 2024-03-11 | MET_LATE | the day after
            LOCAL_AUTHORITY_FOSTER_CARE  | -                                  | 2024-03-04 | 1 | 2024-03-11 | DUE_SOON | a week is never more than 5 working days ahead: never upcoming
            LOCAL_AUTHORITY_FOSTER_CARE  | -                                  | 2024-03-11 | 1 | 2024-03-11 | DUE_SOON | due today
            LOCAL_AUTHORITY_FOSTER_CARE  | -                                  | 2024-03-12 | 1 | 2024-03-11 | OVERDUE  | the day after, no visit
            LOCAL_AUTHORITY_FOSTER_CARE  | visit 2024-03-11 CHILD_IN_NEED     | 2024-03-12 | 1 | 2024-03-11 | OVERDUE  | a visit for another purpose does not count
            LOCAL_AUTHORITY_FOSTER_CARE  | visit 2024-03-11                   | 2024-03-12 | 2 | 2024-04-22 | UPCOMING | then within 6 weeks of the last visit
            LOCAL_AUTHORITY_FOSTER_CARE  | visit 2024-03-12                   | 2024-03-13 | 2 | 2024-04-23 | UPCOMING | a late visit moves the next
            LOCAL_AUTHORITY_FOSTER_CARE  | visit 2024-03-11, visit 2024-04-22 | 2024-04-22 | 2 | 2024-04-22 | MET      | on the last day
            LOCAL_AUTHORITY_FOSTER_CARE  | visit 2024-03-11, visit 2024-04-23 | 2024-04-23 | 2 | 2024-04-22 | MET_LATE | the day after
            LOCAL_AUTHORITY_FOSTER_CARE  | visit 2024-03-11, visit 2024-04-22 | 2024-04-23 | 3 | 2024-06-03 | UPCOMING | the third, 6 weeks after the second
            LOCAL_AUTHORITY_FOSTER_CARE  | visit 2024-03-11, visit 2024-04-30 | 2024-05-01 | 3 | 2024-06-11 | UPCOMING | counted from the late second, not from when it was due
            INDEPENDENT_FOSTERING_AGENCY | visit 2024-03-11                   | 2024-03-12 | 2 | 2024-04-08 | UPCOMING | 4-weekly in an IFA placement: Derbyshire's standard, stricter than regulation 28
            PRIVATE_RESIDENTIAL          | visit 2024-03-11, visit 2024-04-08 | 2024-04-09 | 3 | 2024-05-06 | UPCOMING | 4-weekly in a private home; weeks do not skip the early May bank holiday
            LOCAL_AUTHORITY_RESIDENTIAL  | visit 2024-03-11                   | 2024-03-12 | 2 | 2024-04-22 | UPCOMING | 6-weekly in the authority's own home
            """)
    void visits(String placement, String visits, String asOf, int occurrence, String due, String status, String why) {
        ChildCase kase = Story.tell(child("2012-06-01"), "looked after 2024-03-04, placed 2024-03-04 " + placement
                + (visits == null ? "" : ", " + visits));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.visits", 1, occurrence, due, status, why);
    }

    /** LAC-1, LAC-2: each placement restarts the visits (chain 2 is the second placement's); leaving care or turning 18 ends them. */
    @ParameterizedTest(name = "born {0}, {1}, as of {2}: #{3}.{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | after placement in foster care on 2024-03-04                                       | as of      | chain | # | due        | status   | why
            2012-06-01 | visit 2024-03-11, placed 2024-04-01 INDEPENDENT_FOSTERING_AGENCY                   | 2024-04-02 | 2     | 1 | 2024-04-08 | DUE_SOON | a move restarts the clock: within 1 week of the new placement
            2012-06-01 | visit 2024-03-11, placed 2024-04-01 INDEPENDENT_FOSTERING_AGENCY                   | 2024-04-02 | 1     | 2 | -          | NOT_OWED | the old placement's next visit is no longer owed
            2012-06-01 | visit 2024-03-11, placed 2024-04-01 INDEPENDENT_FOSTERING_AGENCY, visit 2024-04-09 | 2024-04-09 | 2     | 1 | 2024-04-08 | MET_LATE | a visit after the move counts for the new placement
            2012-06-01 | visit 2024-03-11, placed 2024-04-01 INDEPENDENT_FOSTERING_AGENCY, visit 2024-04-08 | 2024-04-09 | 2     | 2 | 2024-05-06 | UPCOMING | then 4-weekly, as the new placement is with an IFA
            2012-06-01 | visit 2024-03-11, ceased 2024-04-15                                                | 2024-04-23 | 1     | 2 | -          | NOT_OWED | ceasing to be looked after ends the visits
            2012-06-01 | ceased 2024-04-15                                                                  | 2024-04-16 | 1     | 1 | 2024-03-11 | MISSED  | overdue before the child left care: missed, and a miss stays a miss
            2006-05-20 | visit 2024-03-11, visit 2024-04-22                                                 | 2024-04-23 | 1     | 3 | -          | NOT_OWED | the third, due 3 June, is after the 18th birthday (20 May)
            2006-05-20 | visit 2024-03-11                                                                   | 2024-05-21 | 1     | 2 | 2024-04-22 | MISSED  | overdue before the 18th birthday: missed, and a miss stays a miss
            """)
    void visits_restart_and_end(String born, String events, String asOf, int chain, int occurrence, String due, String status,
            String why) {
        ChildCase kase = Story.tell(child(born), IN_CARE + ", " + events);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.visits", chain, occurrence, due, status, why);
    }

    /** LAC-3: a placement planning meeting within 5 working days of the start of each placement (looked after since 4 March). */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                                                        | as of      | # | due        | status   | why
            placed 2024-03-26, placement planning meeting 2024-04-04                                        | 2024-04-04 | 1 | 2024-04-04 | MET      | on the last day; Good Friday and Easter Monday are skipped
            placed 2024-03-26, placement planning meeting 2024-04-05                                        | 2024-04-05 | 1 | 2024-04-04 | MET_LATE | the day after
            placed 2024-03-26                                                                               | 2024-03-26 | 1 | 2024-04-04 | DUE_SOON | 5 working days are due soon from the first day: never upcoming
            placed 2024-03-26                                                                               | 2024-04-04 | 1 | 2024-04-04 | DUE_SOON | due today
            placed 2024-03-26                                                                               | 2024-04-05 | 1 | 2024-04-04 | OVERDUE  | the day after, no meeting
            placed 2024-03-04, placement planning meeting 2024-03-11, placed 2024-03-26 PRIVATE_RESIDENTIAL | 2024-04-05 | 2 | 2024-04-04 | OVERDUE  | each placement needs its own meeting
            placed 2024-03-04, placement planning meeting 2024-03-11, placement planning meeting 2024-03-19, placed 2024-03-26 PRIVATE_RESIDENTIAL | 2024-04-05 | 2 | 2024-04-04 | MET | held 5 working days before the planned move: regulation 9 prefers it so, and it counts on time (audit B-2)
            placed 2024-03-04, placement planning meeting 2024-03-11, placement planning meeting 2024-03-18, placed 2024-03-26 PRIVATE_RESIDENTIAL | 2024-04-05 | 2 | 2024-04-04 | OVERDUE | 6 working days before: too early to count for the move (audit B-2)
            """)
    void placement_planning_meeting(String events, String asOf, int occurrence, String due, String status, String why) {
        ChildCase kase = Story.tell(child("2016-05-10"), "looked after 2024-03-04, " + events);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.placement-planning-meeting", 1, occurrence, due, status, why);
    }

    /**
     * LAC-3 with placement ids: a meeting meets the placement it names, and may be held up to 5 working days
     * before it starts (regulation 9: the placement plan before the placement where practicable). The child,
     * looked after since 4 March 2024, was placed in P1 that day; P2 starts on Monday 15 April with an
     * independent fostering agency (due 22 April), no end being recorded for P1 (the new placement ends it).
     */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # after placement in P1 on 2024-03-04                                                                                             | as of      | # | due        | status   | why
            planning meeting 2024-03-11 P1, placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY, planning meeting 2024-04-22 P2 | 2024-04-23 | 2 | 2024-04-22 | MET      | P2's meeting on its last day (audit B-1)
            planning meeting 2024-03-11 P1, placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY, planning meeting 2024-04-23 P2 | 2024-04-23 | 2 | 2024-04-22 | MET_LATE | the day after (audit B-1)
            placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY, planning meeting 2024-04-22 P1                                 | 2024-04-23 | 2 | 2024-04-22 | OVERDUE  | a meeting for P1, held after the move, never meets P2's (audit B-1)
            placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY, planning meeting 2024-04-22 P1                                 | 2024-04-23 | 1 | 2024-03-11 | MET_LATE | it meets its own placement's, late (audit B-1)
            placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY, planning meeting 2024-04-19 P2                                 | 2024-04-23 | 1 | 2024-03-11 | OVERDUE  | P2's meeting does not meet P1's, still owed (audit B-1)
            placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY, planning meeting 2024-04-19 P2                                 | 2024-04-23 | 2 | 2024-04-22 | MET      | and meets its own (audit B-1)
            planning meeting 2024-03-11 P1, planning meeting 2024-04-08 P2, placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY | 2024-04-23 | 2 | 2024-04-22 | MET      | held 5 working days before the move it names: on time (audit B-2)
            planning meeting 2024-03-11 P1, planning meeting 2024-04-05 P2, placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY | 2024-04-23 | 2 | 2024-04-22 | OVERDUE  | 6 working days before: too early to count (audit B-2)
            planning meeting 2024-03-11 P1, planning meeting 2024-04-08 P2, placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY | 2024-04-23 | 1 | 2024-03-11 | MET      | P1's own meeting, on its last day, is not taken by P2's
            """)
    void placement_planning_meeting_for_its_placement(String events, String asOf, int occurrence, String due, String status, String why) {
        ChildCase kase = Story.tell(child("2016-05-10"), "looked after 2024-03-04, placement 2024-03-04 P1, " + events);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.placement-planning-meeting", 1, occurrence, due, status, why);
    }

    /** LAC-3: the explanation of a meeting held before the move it names says how it met it: by its placement, before the clock started. */
    @Test
    void a_planning_meeting_before_the_move_says_how_it_met_it() {
        ChildCase kase = Story.tell(child("2016-05-10"), "looked after 2024-03-04, placement 2024-03-04 P1, planning meeting 2024-04-08 P2,"
                + " placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY");
        assertThat(kase.schedule("2024-04-23", DERBYSHIRE)).obligation("lac.placement-planning-meeting", 2).isMet()
                .explanationContains("for the same placement")
                .explanationContains("7 days before the clock started on 2024-04-15, within the 5 working days allowed before it");
    }

    /**
     * DESIGN rule 9: a new placement starting with no end recorded for the previous one ends it that day (as
     * consecutive episodes do in the SSDA903 return). Looked after and placed in P1 on 4 March 2024, visited on
     * 11 March, its planning meeting on 8 March and its change of circumstances record on the day; P2 starts on
     * Monday 15 April with an independent fostering agency, and no end is recorded for P1.
     */
    @ParameterizedTest(name = "{0}, as of {1}: {2} #{3}.{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # more events                      | as of      | rule                            | chain | # | due        | status   | why
            -                                  | 2024-04-23 | lac.visits                      | 1     | 2 | -          | NOT_OWED | P1's next visit (due 22 April) is not owed: the new placement ended P1 on 15 April
            -                                  | 2024-04-23 | lac.visits                      | 2     | 1 | 2024-04-22 | OVERDUE  | P2 owes its own first visit, within 1 week of its start
            visit 2024-04-15                   | 2024-04-23 | lac.visits                      | 2     | 1 | 2024-04-22 | MET      | a visit on the day P2 starts counts for P2
            visit 2024-04-22                   | 2024-04-23 | lac.visits                      | 2     | 2 | 2024-05-20 | UPCOMING | then 4-weekly: on 22 April the child is in P2 (an IFA), P1 having ended when P2 started
            -                                  | 2024-04-23 | lac.placement-planning-meeting  | 1     | 1 | 2024-03-11 | MET      | P1's meeting stays met
            -                                  | 2024-04-23 | lac.placement-planning-meeting  | 1     | 2 | 2024-04-22 | OVERDUE  | P2 owes its own meeting
            planning meeting 2024-04-10 P2     | 2024-04-23 | lac.placement-planning-meeting  | 1     | 2 | 2024-04-22 | MET      | a meeting before the move it names meets it
            -                                  | 2024-04-23 | lac.change-of-circumstances     | 1     | 2 | 2024-04-16 | OVERDUE  | the move owes a change of circumstances record, by the next working day
            record 2024-04-15 PLACEMENT_MOVE   | 2024-04-23 | lac.change-of-circumstances     | 1     | 2 | 2024-04-16 | MET      | recorded the day of the move
            """)
    void a_new_placement_ends_the_previous_one(String events, String asOf, String rule, int chain, int occurrence, String due, String status,
            String why) {
        ChildCase kase = Story.tell(child("2016-05-10"), "looked after 2024-03-04, placement 2024-03-04 P1, visit 2024-03-11,"
                + " planning meeting 2024-03-08 P1, record 2024-03-04, placement 2024-04-15 P2 INDEPENDENT_FOSTERING_AGENCY"
                + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), rule, chain, occurrence, due, status, why);
    }

    /** LAC-4: the care plan within 10 working days of the child coming into care (on 1 May 2024). */
    @ParameterizedTest(name = "{0}, care plan {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # legal status          | care plan  | as of      | due        | status   | why
            SECTION_20              | 2024-05-16 | 2024-05-16 | 2024-05-16 | MET      | on the last day; the early May bank holiday is skipped
            SECTION_20              | 2024-05-17 | 2024-05-17 | 2024-05-16 | MET_LATE | the day after
            INTERIM_CARE_ORDER      | -          | 2024-05-02 | 2024-05-16 | UPCOMING | 5 working days ahead end on 10 May
            SECTION_20              | -          | 2024-05-16 | 2024-05-16 | DUE_SOON | due today
            SECTION_20              | -          | 2024-05-17 | 2024-05-16 | OVERDUE  | the day after, no care plan
            SECTION_20_SHORT_BREAKS | -          | 2024-05-17 | -          | NOT_OWED | a pre-planned series of short breaks (regulation 48) is outside the rule
            """)
    void care_plan(String legalStatus, String carePlan, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child("2016-05-10"), "looked after 2024-05-01 " + legalStatus
                + (carePlan == null ? "" : ", care plan " + carePlan));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.care-plan", 1, 1, due, status, why);
    }

    /**
     * LAC-4 before the clock starts: a care plan completed up to 10 working days before the child comes into care
     * counts, on time (regulation 4: before the first placement where practicable), never one from a previous
     * period of care; ceasing to be looked after ends what is owed.
     */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                                                           | as of      | # | due        | status       | why
            care plan 2024-04-17, looked after 2024-05-01                                                      | 2024-05-17 | 1 | 2024-05-16 | MET          | completed 10 working days before the child came into care: on time (audit B-2)
            care plan 2024-04-16, looked after 2024-05-01                                                      | 2024-05-17 | 1 | 2024-05-16 | OVERDUE      | 11 working days before: too early to be this admission's plan (audit B-2)
            looked after 2024-03-04, care plan 2024-03-11, care plan 2024-04-25, ceased 2024-04-26, looked after 2024-05-01 | 2024-05-17 | 2 | 2024-05-16 | OVERDUE | a plan from the previous period of care never counts for the next, however recent (audit B-2)
            looked after 2024-03-04, care plan 2024-03-11, ceased 2024-04-26, care plan 2024-04-29, looked after 2024-05-01 | 2024-05-17 | 2 | 2024-05-16 | MET     | one made after the previous period ended counts (audit B-2)
            looked after 2024-03-04, ceased 2024-03-19                                                         | 2024-03-20 | 1 | 2024-03-18 | MISSED       | left care the day after it was due, without one: missed, and a miss stays a miss
            looked after 2024-03-04, ceased 2024-03-18                                                         | 2024-03-20 | 1 | 2024-03-18 | NOT_REQUIRED | left care on the day it was due: no longer owed
            """)
    void care_plan_before_coming_into_care(String events, String asOf, int occurrence, String due, String status, String why) {
        Story.expect(Story.tell(child("2016-05-10"), events).schedule(asOf, DERBYSHIRE), "lac.care-plan", 1, occurrence, due, status, why);
    }

    /** LAC-4, LAC-11: what ends them needs no date of birth, so a case with none (an unborn child) owes nothing and misses nothing. */
    @Test
    void an_unborn_child_owes_no_care_plan_or_first_pep() {
        var schedule = ChildCase.child("C-4").unbornDueOn("2024-09-01").referral("2024-03-04").schedule("2024-06-03", DERBYSHIRE);
        assertThat(schedule).hasNoObligation("lac.care-plan").hasNoObligation("lac.pep");
    }

    /** LAC-5: the care plan paperwork available to the IRO at least 3 working days before each looked after review. */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                                         | as of      | # | due        | status   | why
            paperwork 2024-03-27, review 2024-04-03                                          | 2024-04-03 | 1 | 2024-03-27 | MET      | 3 working days before the review, counting back over Easter Monday and Good Friday
            paperwork 2024-03-28, review 2024-04-03                                          | 2024-04-03 | 1 | 2024-03-27 | MET_LATE | the day after, still before the review
            review 2024-04-03, paperwork 2024-04-04                                          | 2024-04-04 | 1 | 2024-03-27 | OVERDUE  | sent after the review: too late to count for it
            review 2024-04-03                                                                | 2024-04-03 | 1 | 2024-03-27 | OVERDUE  | checked once the review is held, when it is already past: never due soon
            paperwork 2024-03-27                                                             | 2024-03-28 | 1 | -          | NOT_OWED | a review is recorded once held: nothing to count back from before then
            paperwork 2024-03-27, review 2024-04-03, paperwork 2024-06-28, review 2024-07-03 | 2024-07-03 | 2 | 2024-06-28 | MET      | each review has its own paperwork
            paperwork 2024-03-27, review 2024-04-03, review 2024-07-03                       | 2024-07-03 | 2 | 2024-06-28 | OVERDUE  | the first review's paperwork does not count for the second
            """)
    void care_plan_to_the_iro(String events, String asOf, int occurrence, String due, String status, String why) {
        Story.expect(inCare(events).schedule(asOf, DERBYSHIRE), "lac.care-plan-to-iro", 1, occurrence, due, status, why);
    }

    /** LAC-6, LAC-7, LAC-8: the first review within 20 working days, the second within 3 months of it, then at least every 6 months. */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # reviews                                               | as of      | # | due        | status   | why
            review 2024-04-03                                       | 2024-04-03 | 1 | 2024-04-03 | MET      | 20 working days, skipping Good Friday and Easter Monday
            review 2024-04-04                                       | 2024-04-04 | 1 | 2024-04-03 | MET_LATE | the day after
            -                                                       | 2024-03-05 | 1 | 2024-04-03 | UPCOMING | weeks ahead
            -                                                       | 2024-04-03 | 1 | 2024-04-03 | DUE_SOON | due today
            -                                                       | 2024-04-04 | 1 | 2024-04-03 | OVERDUE  | the day after, no review
            review 2024-04-03                                       | 2024-04-04 | 2 | 2024-07-03 | UPCOMING | the second within 3 months of the first
            review 2024-04-04                                       | 2024-04-05 | 2 | 2024-07-04 | UPCOMING | a late first review moves the second
            review 2024-04-03, review 2024-07-03                    | 2024-07-03 | 2 | 2024-07-03 | MET      | on the last day
            review 2024-04-03, review 2024-07-04                    | 2024-07-04 | 2 | 2024-07-03 | MET_LATE | the day after
            review 2024-04-03, review 2024-07-03                    | 2024-07-04 | 3 | 2025-01-03 | UPCOMING | then within 6 months
            review 2024-04-03, review 2024-07-10                    | 2024-07-11 | 3 | 2025-01-10 | UPCOMING | counted from the late second, not from when it was due
            review 2024-04-03, review 2024-07-03, review 2025-01-03 | 2025-01-03 | 3 | 2025-01-03 | MET      | on the last day
            review 2024-04-03, review 2024-07-03, review 2025-01-06 | 2025-01-07 | 4 | 2025-07-06 | UPCOMING | and every 6 months from the last one held
            """)
    void reviews(String reviews, String asOf, int occurrence, String due, String status, String why) {
        Story.expect(inCare(reviews).schedule(asOf, DERBYSHIRE), "lac.reviews", 1, occurrence, due, status, why);
    }

    /** LAC-6, LAC-7, LAC-8: a new period of care starts a new chain (chain 2); a move or a change of legal status does not; leaving care or turning 18 ends it. */
    @ParameterizedTest(name = "born {0}, {1}, as of {2}: #{3}.{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | events                                                                                               | as of      | chain | # | due        | status   | why
            2012-06-01 | looked after 2024-03-04, review 2024-04-03, ceased 2024-05-01, looked after 2024-09-02               | 2024-09-03 | 2     | 1 | 2024-09-30 | UPCOMING | a new period of care: 20 working days from 2 September
            2012-06-01 | looked after 2024-03-04, review 2024-04-03, ceased 2024-05-01, looked after 2024-09-02               | 2024-09-03 | 1     | 2 | -          | NOT_OWED | the first period's second review is no longer owed
            2012-06-01 | looked after 2024-03-04, ceased 2024-04-15                                                           | 2024-04-16 | 1     | 1 | 2024-04-03 | MISSED  | overdue before the child left care: missed, and a miss stays a miss
            2012-06-01 | looked after 2024-03-04, review 2024-04-03, legal status 2024-05-15 INTERIM_CARE_ORDER               | 2024-05-16 | 1     | 2 | 2024-07-03 | UPCOMING | a change of legal status does not restart the reviews
            2012-06-01 | looked after 2024-03-04, placed 2024-03-04, review 2024-04-03, placed 2024-05-15 PRIVATE_RESIDENTIAL | 2024-05-16 | 1     | 2 | 2024-07-03 | UPCOMING | nor does a placement move
            2006-10-15 | looked after 2024-03-04, review 2024-04-03, review 2024-07-03                                        | 2024-07-04 | 1     | 3 | -          | NOT_OWED | the third, due 3 January 2025, is after the 18th birthday (15 October)
            2006-10-15 | looked after 2024-03-04, review 2024-04-03                                                           | 2024-10-16 | 1     | 2 | 2024-07-03 | MISSED  | overdue before the 18th birthday: missed, and a miss stays a miss
            2012-06-01 | looked after 2024-11-01, review 2024-11-29                                                           | 2024-11-30 | 1     | 2 | 2025-02-28 | UPCOMING | 3 months after 29 November: 29 February 2025 does not exist, rounded down
            2012-06-01 | looked after 2024-03-04 SECTION_20_SHORT_BREAKS                                                      | 2024-04-04 | 1     | 1 | -          | NOT_OWED | a pre-planned series of short breaks (regulation 48) is outside the rule
            """)
    void review_chains(String born, String events, String asOf, int chain, int occurrence, String due, String status, String why) {
        Story.expect(Story.tell(child(born), events).schedule(asOf, DERBYSHIRE), "lac.reviews", chain, occurrence, due, status, why);
    }

    /** LAC-9, LAC-10: the first health assessment within 20 working days, then every 6 months under 5 and every 12 from 5, by the age at the previous one. */
    @ParameterizedTest(name = "born {0}, {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | events                                                     | as of      | # | due        | status   | why
            2016-05-10 | health assessment 2024-04-03                               | 2024-04-03 | 1 | 2024-04-03 | MET      | 20 working days, skipping Good Friday and Easter Monday
            2016-05-10 | health assessment 2024-04-04                               | 2024-04-04 | 1 | 2024-04-03 | MET_LATE | the day after
            2016-05-10 | -                                                          | 2024-03-05 | 1 | 2024-04-03 | UPCOMING | weeks ahead
            2016-05-10 | -                                                          | 2024-04-03 | 1 | 2024-04-03 | DUE_SOON | due today
            2016-05-10 | -                                                          | 2024-04-04 | 1 | 2024-04-03 | OVERDUE  | the day after, no assessment
            2016-05-10 | health assessment 2024-04-03                               | 2024-04-04 | 2 | 2025-04-03 | UPCOMING | aged 7: then within 12 months
            2019-06-15 | health assessment 2024-04-03                               | 2024-04-04 | 2 | 2024-10-03 | UPCOMING | aged 4: then within 6 months
            2019-06-15 | health assessment 2024-04-04                               | 2024-04-05 | 2 | 2024-10-04 | UPCOMING | a late assessment moves the next
            2019-06-15 | health assessment 2024-04-03, health assessment 2024-10-03 | 2024-10-03 | 2 | 2024-10-03 | MET      | on the last day
            2019-06-15 | health assessment 2024-04-03, health assessment 2024-10-04 | 2024-10-04 | 2 | 2024-10-03 | MET_LATE | the day after
            2019-06-15 | health assessment 2024-04-03, health assessment 2024-10-03 | 2024-10-04 | 3 | 2025-10-03 | UPCOMING | 5 at the second assessment: every 12 months from then on
            2019-04-03 | health assessment 2024-04-03                               | 2024-04-04 | 2 | 2025-04-03 | UPCOMING | assessed on the 5th birthday: 5 that day, so 12 months
            2019-04-04 | health assessment 2024-04-03                               | 2024-04-04 | 2 | 2024-10-03 | UPCOMING | assessed the day before the 5th birthday: still under 5, so 6 months
            2016-05-10 | health assessment 2024-04-03, ceased 2024-06-01            | 2024-06-02 | 2 | -          | NOT_OWED | ceasing to be looked after ends the assessments
            2006-10-15 | health assessment 2024-04-03                               | 2024-04-04 | 2 | -          | NOT_OWED | the next, due 3 April 2025, is after the 18th birthday
            2006-10-15 | ceased 2024-05-01                                          | 2024-05-02 | 1 | 2024-04-03 | MISSED  | overdue before the child left care: missed, and a miss stays a miss
            2016-05-10 | health assessment 2024-02-05                               | 2024-04-04 | 1 | 2024-04-03 | MET      | 20 working days before the child came into care: regulation 7 wants it before the first placement (audit B-2)
            2016-05-10 | health assessment 2024-02-02                               | 2024-04-04 | 1 | 2024-04-03 | OVERDUE  | 21 working days before: too early to count (audit B-2)
            2016-05-10 | health assessment 2024-02-05                               | 2024-04-04 | 2 | 2025-02-05 | UPCOMING | the next counts from the assessment done before care began
            """)
    void health_assessments(String born, String events, String asOf, int occurrence, String due, String status, String why) {
        ChildCase kase = Story.tell(child(born), IN_CARE + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.health-assessments", 1, occurrence, due, status, why);
    }

    /** LAC-11: the first personal education plan within 10 working days of becoming looked after (on 19 August 2024). */
    @ParameterizedTest(name = "{0}, PEP {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # legal status          | PEP        | as of      | due        | status   | why
            SECTION_20              | 2024-09-03 | 2024-09-03 | 2024-09-03 | MET      | on the last day; the summer bank holiday (26 August) is skipped
            SECTION_20              | 2024-09-04 | 2024-09-04 | 2024-09-03 | MET_LATE | the day after
            SECTION_20              | -          | 2024-08-20 | 2024-09-03 | UPCOMING | 5 working days ahead end on 28 August
            SECTION_20              | -          | 2024-09-03 | 2024-09-03 | DUE_SOON | due today
            SECTION_20              | -          | 2024-09-04 | 2024-09-03 | OVERDUE  | the day after, no PEP
            SECTION_20_SHORT_BREAKS | -          | 2024-09-04 | -          | NOT_OWED | a pre-planned series of short breaks (regulation 48) is outside the rule
            SECTION_20              | 2024-08-05 | 2024-09-04 | 2024-09-03 | MET      | initiated 10 working days before the child came into care: on time (audit B-2)
            SECTION_20              | 2024-08-02 | 2024-09-04 | 2024-09-03 | OVERDUE  | 11 working days before: too early to count (audit B-2)
            """)
    void first_personal_education_plan(String legalStatus, String pep, String asOf, String due, String status, String why) {
        ChildCase kase = Story.tell(child("2016-05-10"), "looked after 2024-08-19 " + legalStatus + (pep == null ? "" : ", pep " + pep));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.pep", 1, 1, due, status, why);
    }

    /** LAC-12: the PEP reviewed in line with each looked after review: since the previous review and by the day of the next. */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                             | as of      | # | due        | status   | why
            pep 2024-03-14, review 2024-04-03                                    | 2024-04-03 | 1 | 2024-04-03 | MET      | a PEP before the review
            review 2024-04-03, pep 2024-04-03                                    | 2024-04-03 | 1 | 2024-04-03 | MET      | on the day of the review
            review 2024-04-03                                                    | 2024-04-03 | 1 | 2024-04-03 | DUE_SOON | known once the review is held: due that day
            review 2024-04-03                                                    | 2024-04-04 | 1 | 2024-04-03 | OVERDUE  | the day after
            review 2024-04-03, pep 2024-04-04                                    | 2024-04-04 | 1 | 2024-04-03 | OVERDUE  | a PEP after the review is not in line with it: never met late
            pep 2024-03-14, review 2024-04-03, pep 2024-05-01, review 2024-07-03 | 2024-07-03 | 2 | 2024-07-03 | MET      | reviewed since the previous review
            pep 2024-03-14, review 2024-04-03, review 2024-07-03                 | 2024-07-03 | 2 | 2024-07-03 | DUE_SOON | the PEP before the first review does not count for the second
            """)
    void personal_education_plan_reviewed(String events, String asOf, int occurrence, String due, String status, String why) {
        Story.expect(inCare(events).schedule(asOf, DERBYSHIRE), "lac.pep-reviewed", 1, occurrence, due, status, why);
    }

    /** LAC-13: a PEP within 10 working days of a school move. */
    @ParameterizedTest(name = "{0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                               | as of      | due        | status   | why
            school move 2024-12-16, pep 2025-01-02 | 2025-01-02 | 2025-01-02 | MET      | on the last day; Christmas Day, Boxing Day and New Year's Day are skipped
            school move 2024-12-16, pep 2025-01-03 | 2025-01-03 | 2025-01-02 | MET_LATE | the day after
            school move 2024-12-16                 | 2024-12-16 | 2025-01-02 | UPCOMING | 5 working days ahead end on 23 December
            school move 2024-12-16                 | 2025-01-02 | 2025-01-02 | DUE_SOON | due today
            school move 2024-12-16                 | 2025-01-03 | 2025-01-02 | OVERDUE  | the day after, no PEP
            pep 2024-12-13, school move 2024-12-16 | 2025-01-03 | 2025-01-02 | OVERDUE  | a PEP before the move does not count for it
            """)
    void personal_education_plan_after_a_school_move(String events, String asOf, String due, String status, String why) {
        Story.expect(inCare(events).schedule(asOf, DERBYSHIRE), "lac.pep-school-move", 1, 1, due, status, why);
    }

    /** LAC-13 after two school moves: one PEP meets every move still waiting for one, each judged against its own due date. */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                      | as of      | # | due        | status   | why
            school move 2024-04-15, school move 2024-06-03, pep 2024-06-17 | 2024-06-18 | 2 | 2024-06-17 | MET      | the PEP after the second move, on its last day (audit B-1)
            school move 2024-04-15, school move 2024-06-03, pep 2024-06-18 | 2024-06-18 | 2 | 2024-06-17 | MET_LATE | the day after (audit B-1)
            school move 2024-04-15, school move 2024-06-03, pep 2024-06-17 | 2024-06-18 | 1 | 2024-04-29 | MET_LATE | the same PEP serves the first move too, late (audit B-1)
            school move 2024-04-15, school move 2024-04-22, pep 2024-04-29 | 2024-04-30 | 1 | 2024-04-29 | MET      | two moves a week apart: one PEP on the first one's last day (audit B-1)
            school move 2024-04-15, school move 2024-04-22, pep 2024-04-29 | 2024-04-30 | 2 | 2024-05-07 | MET      | meets the second as well (the early May bank holiday is skipped) (audit B-1)
            school move 2024-04-15, school move 2024-04-22, pep 2024-04-30 | 2024-04-30 | 1 | 2024-04-29 | MET_LATE | the day after: late for the first (audit B-1)
            school move 2024-04-15, school move 2024-04-22, pep 2024-04-30 | 2024-04-30 | 2 | 2024-05-07 | MET      | and on time for the second (audit B-1)
            school move 2024-04-15, pep 2024-04-20, school move 2024-06-03  | 2024-06-18 | 2 | 2024-06-17 | OVERDUE  | a PEP before the second move does not meet it
            """)
    void personal_education_plan_after_two_school_moves(String events, String asOf, int occurrence, String due, String status, String why) {
        Story.expect(inCare(events).schedule(asOf, DERBYSHIRE), "lac.pep-school-move", 1, occurrence, due, status, why);
    }

    /** LAC-13 is for children in care: a school move owes a PEP only when the child is looked after on the day of the move. */
    @ParameterizedTest(name = "{0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                              | as of      | due        | status   | why
            school move 2024-03-04                                                | 2024-03-19 | -          | NOT_OWED | never looked after: a school move owes no PEP (audit B, run R8)
            school move 2024-03-03, looked after 2024-03-04                       | 2024-03-19 | -          | NOT_OWED | the day before coming into care: not owed
            looked after 2024-03-04, school move 2024-03-04                       | 2024-03-19 | 2024-03-18 | OVERDUE  | on the day of coming into care: owed
            looked after 2024-03-04, ceased 2024-03-11, school move 2024-03-11    | 2024-03-26 | -          | NOT_OWED | on the day care ceased: no longer looked after, not owed
            looked after 2024-03-04, ceased 2024-03-12, school move 2024-03-11    | 2024-03-26 | 2024-03-25 | OVERDUE  | the day before care ceased: owed
            """)
    void personal_education_plan_after_a_school_move_only_in_care(String events, String asOf, String due, String status, String why) {
        Story.expect(Story.tell(child("2016-05-10"), events).schedule(asOf, DERBYSHIRE), "lac.pep-school-move", 1, 1, due, status, why);
    }

    /**
     * Honest lateness on the recurring rules (visits, reviews, health assessments): a long gap shows the days late
     * and the further intervals that passed in full without the work, and timeliness counts each of them. The
     * columns after the status: days late, intervals missed, and the occurrences the rule's timeliness counts as due.
     */
    @ParameterizedTest(name = "{0}: {1}, as of {2}: #{3} due {4}, {5}, {6} days late, {7} missed")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule                 | events                                                    | as of      | # | due        | status   | late | missed | due in all | why
            lac.visits             | visit 2024-03-11, visit 2024-06-03                        | 2024-06-04 | 2 | 2024-04-22 | MET_LATE | 42   | 0      | 2          | 6 weeks late, on the day the next interval ends: none missed in full yet (audit B-3)
            lac.visits             | visit 2024-03-11, visit 2024-06-04                        | 2024-06-05 | 2 | 2024-04-22 | MET_LATE | 43   | 1      | 3          | the day after: one more interval passed in full without a visit, counted in timeliness (audit B-3)
            lac.visits             | visit 2024-03-11, visit 2024-08-12                        | 2024-08-13 | 2 | 2024-04-22 | MET_LATE | 112  | 2      | 4          | a five-month gap: 112 days late and 2 more visits missed, not one late visit (audit B-3)
            lac.visits             | visit 2024-03-11                                          | 2024-08-12 | 2 | 2024-04-22 | OVERDUE  | 112  | 2      | 4          | still no visit five months on: overdue, with the visits missed (audit B-3)
            lac.reviews            | review 2024-04-03, review 2025-01-03                      | 2025-01-04 | 2 | 2024-07-03 | MET_LATE | 184  | 0      | 2          | six months late, on the day a 6-monthly review would next be due (audit B-3)
            lac.reviews            | review 2024-04-03, review 2025-01-04                      | 2025-01-05 | 2 | 2024-07-03 | MET_LATE | 185  | 1      | 3          | the day after: a review missed in full as well (audit B-3)
            lac.health-assessments | health assessment 2024-04-03, health assessment 2026-04-03 | 2026-04-04 | 2 | 2025-04-03 | MET_LATE | 365  | 0      | 2          | a year late, on the day the next would be due (audit B-3)
            lac.health-assessments | health assessment 2024-04-03, health assessment 2026-04-04 | 2026-04-05 | 2 | 2025-04-03 | MET_LATE | 366  | 1      | 3          | the day after: an annual assessment missed in full (audit B-3)
            """)
    void long_gaps(String rule, String events, String asOf, int occurrence, String due, String status, long late, int missed,
            long dueInAll, String why) {
        var schedule = inCare(events).schedule(asOf, DERBYSHIRE);
        Tables.checkLateness(schedule, rule, occurrence, due, status, late, missed, why);
        Tables.checkDueInTimeliness(schedule, rule, dueInAll, why);
    }

    /**
     * LAC-14: a strengths and difficulties questionnaire when a child aged 4 to 17 enters care (on Monday 4 March 2024), returned
     * within 20 working days (the interpretation; audit B-11: the booklet sets no time for the return, and due on the day itself
     * every return was late): 3 April, Good Friday and Easter Monday skipped.
     */
    @ParameterizedTest(name = "born {0}, {1}, SDQ {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | legal status            | SDQ        | as of      | due        | status         | why
            2016-05-10 | SECTION_20              | 2024-03-04 | 2024-03-04 | 2024-04-03 | MET            | returned the day the child enters care
            2016-05-10 | SECTION_20              | 2024-03-06 | 2024-03-06 | 2024-04-03 | MET            | two days later: on time, no longer late (audit B-11)
            2016-05-10 | SECTION_20              | 2024-04-03 | 2024-04-03 | 2024-04-03 | MET            | on the 20th working day, Good Friday and Easter Monday skipped (audit B-11)
            2016-05-10 | SECTION_20              | 2024-04-04 | 2024-04-04 | 2024-04-03 | MET_LATE       | the day after (audit B-11)
            2016-05-10 | SECTION_20              | -          | 2024-03-04 | 2024-04-03 | UPCOMING       | more than 5 working days ahead
            2016-05-10 | SECTION_20              | -          | 2024-04-04 | 2024-04-03 | OVERDUE        | the day after, no SDQ
            2020-06-15 | SECTION_20              | -          | 2024-03-04 | -          | NOT_OWED       | aged 3: entering care does not start the clock
            2006-05-10 | SECTION_20              | 2024-03-04 | 2024-06-01 | 2024-04-03 | MET            | aged 17 on entering care, 18 now: still met, not hidden
            2020-06-15 | SECTION_20              | -          | 2024-07-01 | -          | NOT_OWED       | aged 3 on entering care, 4 now: no SDQ was owed when the child entered care
            2016-05-10 | SECTION_20_SHORT_BREAKS | -          | 2024-03-05 | -          | NOT_OWED       | a pre-planned series of short breaks (regulation 48) is outside the rule
            -          | -                       | -          | 2024-03-05 | -          | NOT_OWED       | an unborn child has not entered care (a child in care always has a date of birth: never CANNOT_COMPUTE)
            """)
    void questionnaire_on_entering_care(String born, String legalStatus, String sdq, String asOf, String due, String status, String why) {
        ChildCase kase = born == null ? ChildCase.child("C-4").unbornDueOn("2024-09-01").referral("2024-03-04")
                : Story.tell(child(born), "looked after 2024-03-04 " + legalStatus + (sdq == null ? "" : ", sdq " + sdq));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.sdq-on-entry", 1, 1, due, status, why);
    }

    /** LAC-14: then a questionnaire each May and November, for a child aged 4 to 17 on the month's last day. */
    @ParameterizedTest(name = "born {0}, looked after {1}, {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | looked after | events                            | as of      | # | due        | status   | why
            2016-05-10 | 2024-03-04   | sdq 2024-05-31                    | 2024-05-31 | 1 | 2024-05-31 | MET      | in May
            2016-05-10 | 2024-03-04   | sdq 2024-06-01                    | 2024-06-01 | 1 | 2024-05-31 | MET_LATE | the day after May
            2016-05-10 | 2024-03-04   | sdq 2024-04-30                    | 2024-06-01 | 1 | 2024-05-31 | OVERDUE  | one in April does not count for May
            2016-05-10 | 2024-03-04   | -                                 | 2024-03-05 | 1 | 2024-05-31 | UPCOMING | the first May after entering care
            2016-05-10 | 2024-03-04   | -                                 | 2024-05-31 | 1 | 2024-05-31 | DUE_SOON | due today
            2016-05-10 | 2024-03-04   | -                                 | 2024-06-01 | 1 | 2024-05-31 | OVERDUE  | the day after, none in May
            2016-05-10 | 2024-05-20   | -                                 | 2024-05-20 | 1 | 2024-05-31 | UPCOMING | entering care in May: this May counts
            2016-05-10 | 2024-03-04   | sdq 2024-05-20                    | 2024-06-03 | 2 | 2024-11-30 | UPCOMING | then November
            2016-05-10 | 2024-03-04   | sdq 2024-05-20, sdq 2024-11-30    | 2024-11-30 | 2 | 2024-11-30 | MET      | on the last day of November
            2016-05-10 | 2024-03-04   | sdq 2024-05-20, sdq 2024-12-01    | 2024-12-01 | 2 | 2024-11-30 | MET_LATE | the day after November
            2016-05-10 | 2024-03-04   | sdq 2024-05-20, sdq 2024-11-15    | 2024-12-02 | 3 | 2025-05-31 | UPCOMING | and each May after: fixed months, not counted from the last one
            2020-05-31 | 2024-03-04   | -                                 | 2024-03-05 | 1 | 2024-05-31 | UPCOMING | 4 on the last day of May: this May counts
            2020-11-15 | 2024-03-04   | -                                 | 2024-06-03 | 1 | 2024-11-30 | UPCOMING | 3 at the end of May: the first is November, when 4
            2006-10-15 | 2024-03-04   | sdq 2024-05-20                    | 2024-06-03 | 2 | -          | NOT_OWED | no November after the 18th birthday (15 October)
            2016-05-10 | 2024-03-04   | ceased 2024-06-15                 | 2024-06-16 | 1 | 2024-05-31 | MISSED  | overdue before the child left care: missed, and a miss stays a miss
            2016-05-10 | 2024-03-04   | sdq 2024-05-20, ceased 2024-06-15 | 2024-06-16 | 2 | -          | NOT_OWED | ceasing to be looked after ends them
            """)
    void questionnaires_each_may_and_november(String born, String lookedAfter, String events, String asOf, int occurrence, String due,
            String status, String why) {
        ChildCase kase = Story.tell(child(born), "looked after " + lookedAfter + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.sdq-twice-yearly", 1, occurrence, due, status, why);
    }

    /**
     * LAC-15: a change of circumstances record when a child comes into care, moves placement or changes legal status: by the
     * next working day (the interpretation; audit B-11: no longer due on the day itself, when every record the day after
     * was late).
     */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # after coming into care and the first placement on Monday 2024-03-04                                              | as of      | # | due        | status   | why
            record 2024-03-04                                                                                                  | 2024-03-04 | 1 | 2024-03-05 | MET      | one record for coming into care and the first placement on one day
            record 2024-03-04                                                                                                  | 2024-03-04 | 2 | -          | NOT_OWED | no second record for the placement that day
            record 2024-03-05                                                                                                  | 2024-03-05 | 1 | 2024-03-05 | MET      | the next working day: on time (audit B-11)
            record 2024-03-06                                                                                                  | 2024-03-06 | 1 | 2024-03-05 | MET_LATE | the day after that: late (audit B-11)
            -                                                                                                                  | 2024-03-04 | 1 | 2024-03-05 | DUE_SOON | due the next working day: never upcoming
            -                                                                                                                  | 2024-03-06 | 1 | 2024-03-05 | OVERDUE  | the day after, no record
            record 2024-03-04, placed 2024-03-28 INDEPENDENT_FOSTERING_AGENCY, record 2024-04-02 PLACEMENT_MOVE                | 2024-04-02 | 2 | 2024-04-02 | MET      | a move on Thursday 28 March: Good Friday and Easter Monday are skipped, so the Tuesday is on time (audit B-11)
            record 2024-03-04, placed 2024-03-28 INDEPENDENT_FOSTERING_AGENCY, record 2024-04-03 PLACEMENT_MOVE                | 2024-04-03 | 2 | 2024-04-02 | MET_LATE | the day after (audit B-11)
            record 2024-03-04, placed 2024-04-15 INDEPENDENT_FOSTERING_AGENCY                                                  | 2024-04-15 | 2 | 2024-04-16 | DUE_SOON | a placement move
            record 2024-03-04, placed 2024-04-15 INDEPENDENT_FOSTERING_AGENCY, record 2024-04-15 PLACEMENT_MOVE                | 2024-04-15 | 2 | 2024-04-16 | MET      | recorded the day of the move
            record 2024-03-04, legal status 2024-05-20 INTERIM_CARE_ORDER                                                      | 2024-05-22 | 2 | 2024-05-21 | OVERDUE  | a change of legal status, not recorded
            record 2024-03-04, legal status 2024-05-20 INTERIM_CARE_ORDER, placed 2024-05-20, record 2024-05-20 PLACEMENT_MOVE | 2024-05-20 | 2 | 2024-05-21 | MET      | a move and a change of status on one day: one record
            record 2024-03-04, legal status 2024-05-20 INTERIM_CARE_ORDER, placed 2024-05-20, record 2024-05-20 PLACEMENT_MOVE | 2024-05-20 | 3 | -          | NOT_OWED | and no other
            record 2024-03-04, placed 2024-04-15 INDEPENDENT_FOSTERING_AGENCY, legal status 2024-05-01 INTERIM_CARE_ORDER, record 2024-05-02 PLACEMENT_MOVE | 2024-05-02 | 2 | 2024-04-16 | MET_LATE | the move's record, made after the change of legal status, meets the move (audit B-1)
            record 2024-03-04, placed 2024-04-15 INDEPENDENT_FOSTERING_AGENCY, legal status 2024-05-01 INTERIM_CARE_ORDER, record 2024-05-02 PLACEMENT_MOVE | 2024-05-03 | 3 | 2024-05-02 | OVERDUE  | and not the change of legal status, which needs its own (audit B-1)
            record 2024-03-04, placed 2024-04-15 INDEPENDENT_FOSTERING_AGENCY, record 2024-04-15 PLACEMENT_MOVE, legal status 2024-05-01 INTERIM_CARE_ORDER, record 2024-05-02 LEGAL_STATUS_CHANGE | 2024-05-02 | 3 | 2024-05-02 | MET | the change of legal status recorded the next working day (audit B-1)
            record 2024-03-04, placed 2024-04-15 INDEPENDENT_FOSTERING_AGENCY, record 2024-04-15 PLACEMENT_MOVE, legal status 2024-05-01 INTERIM_CARE_ORDER, record 2024-05-03 LEGAL_STATUS_CHANGE | 2024-05-03 | 3 | 2024-05-02 | MET_LATE | the day after (audit B-1)
            legal status 2024-05-01 INTERIM_CARE_ORDER, record 2024-05-02 LEGAL_STATUS_CHANGE                                 | 2024-05-02 | 1 | 2024-03-05 | OVERDUE  | coming into care still owes its record: one for another change does not meet it (audit B-1)
            """)
    void change_of_circumstances(String events, String asOf, int occurrence, String due, String status, String why) {
        Story.expect(inCare(events).schedule(asOf, DERBYSHIRE), "lac.change-of-circumstances", 1, occurrence, due, status, why);
    }

    /** LAC-4, LAC-6 to LAC-11, LAC-14: a pre-planned series of short breaks (regulation 48) owes none of these. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule                 | status   | why
            lac.care-plan          | NOT_OWED | short breaks: no care plan within 10 working days
            lac.reviews            | NOT_OWED | short breaks: no looked after reviews
            lac.health-assessments | NOT_OWED | short breaks: no health assessments
            lac.pep                | NOT_OWED | short breaks: no first PEP
            lac.sdq-on-entry       | NOT_OWED | short breaks: no SDQ on entering care
            """)
    void short_breaks(String rule, String status, String why) {
        ChildCase kase = Story.tell(child("2016-05-10"), "looked after 2024-03-04 SECTION_20_SHORT_BREAKS, placed 2024-03-04");
        Story.expect(kase.schedule("2024-06-03", DERBYSHIRE), rule, 1, 1, null, status, why);
    }

    /** A placement with regulation 28's attributes: "long-term", "temporary approval", "before assessment", or none. */
    private static PlacementStarted placement(String date, PlacementType type, String attribute) {
        return PlacementStarted.builder().date(LocalDate.parse(date)).placementType(type)
                .intendedToLastUntil18("long-term".equals(attribute))
                .temporaryApproval("temporary approval".equals(attribute))
                .beforeAssessmentComplete("before assessment".equals(attribute)).build();
    }

    /** The visits of the first year of a placement from 10 January 2022: 6-weekly, the last on 16 December 2022. */
    private static final String FIRST_YEAR_VISITS = "visit 2022-01-14, visit 2022-02-25, visit 2022-04-08, visit 2022-05-20, visit 2022-07-01,"
            + " visit 2022-08-12, visit 2022-09-23, visit 2022-11-04, visit 2022-12-16";

    /**
     * LAC-2, regulation 28(2)(c)(i) (audit B-6a, run R3): a placement intended to last until 18 is visited at least every 3
     * months after its first year. The child (born 1 June 2012) was looked after and placed in foster care on 10 January 2022,
     * visited 6-weekly through its first year, the 9th visit on 16 December 2022, whose 6 weeks would run past the first
     * anniversary (10 January 2023).
     */
    @ParameterizedTest(name = "{0}, {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # placement | more visits                       | as of      | #  | due        | status   | why
            long-term   | visit 2023-03-16                  | 2023-03-17 | 10 | 2023-03-16 | MET      | intended to last until 18: 3 months after the last visit of the first year (audit B-6a)
            long-term   | visit 2023-03-17                  | 2023-03-17 | 10 | 2023-03-16 | MET_LATE | the day after (audit B-6a)
            long-term   | visit 2023-03-16, visit 2023-06-16 | 2023-06-17 | 11 | 2023-06-16 | MET      | then every 3 months (audit B-6a)
            long-term   | visit 2023-03-16                  | 2023-06-19 | 11 | 2023-06-16 | OVERDUE  | the day after, not visited (audit B-6a)
            -           | -                                 | 2023-01-30 | 10 | 2023-01-27 | OVERDUE  | not intended to last until 18: still 6-weekly after the first year
            long-term   | visit 2022-11-29                  | 2022-11-30 | 10 | 2023-01-10 | UPCOMING | a visit whose 6 weeks end on the anniversary itself: still 6 weeks
            """)
    void visits_in_a_long_term_placement(String attribute, String visits, String asOf, int occurrence, String due, String status, String why) {
        String firstYear = visits != null && visits.startsWith("visit 2022-11-29")
                ? FIRST_YEAR_VISITS.substring(0, FIRST_YEAR_VISITS.indexOf(", visit 2022-12-16")) + ", " + visits
                : FIRST_YEAR_VISITS + (visits == null ? "" : ", " + visits);
        ChildCase kase = Story.tell(Story.tell(child("2012-06-01"), "looked after 2022-01-10")
                .with(placement("2022-01-10", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE, attribute)), firstYear);
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.visits", 1, occurrence, due, status, why);
    }

    /**
     * LAC-2, regulation 28(3) (audit B-6b): a connected person's temporary approval (regulation 24) or a placement with parents
     * before its assessment is complete (regulation 19(b)) is visited at least weekly until the first looked after review,
     * then as any other. Looked after and placed on Monday 4 March 2024, visited on 8 March.
     */
    @ParameterizedTest(name = "{0} {1}, {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # placement       | attribute          | more events                                      | as of      | # | due        | status   | why
            CONNECTED_PERSON  | temporary approval | visit 2024-03-15                                 | 2024-03-15 | 2 | 2024-03-15 | MET      | a week after the last visit (audit B-6b)
            CONNECTED_PERSON  | temporary approval | visit 2024-03-16                                 | 2024-03-16 | 2 | 2024-03-15 | MET_LATE | the day after (audit B-6b)
            CONNECTED_PERSON  | temporary approval | -                                                | 2024-03-18 | 2 | 2024-03-15 | OVERDUE  | not visited that week (audit B-6b)
            PLACED_WITH_PARENTS | before assessment | visit 2024-03-15                                | 2024-03-16 | 3 | 2024-03-22 | DUE_SOON | placed with parents before assessment: weekly too (audit B-6b)
            CONNECTED_PERSON  | temporary approval | review 2024-03-28, visit 2024-03-29              | 2024-04-01 | 2 | 2024-03-15 | MET_LATE | the weeks before the review were owed: the next visit meets the weekly one late
            CONNECTED_PERSON  | temporary approval | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28 | 2024-04-01 | 5 | 2024-04-25 | UPCOMING | after the first review: at most 4-weekly, regulation 28(4)(b) (review #1)
            CONNECTED_PERSON  | temporary approval | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28, visit 2024-04-25 | 2024-04-26 | 5 | 2024-04-25 | MET | 4 weeks after the last visit (review #1)
            CONNECTED_PERSON  | temporary approval | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28, visit 2024-04-26 | 2024-04-26 | 5 | 2024-04-25 | MET_LATE | the day after (review #1)
            PLACED_WITH_PARENTS | before assessment | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28 | 2024-04-01 | 5 | 2024-05-09 | UPCOMING | with parents before assessment, after the first review: 6-weekly, regulation 28(3)(b) (audit B-6b)
            CONNECTED_PERSON  | -                  | visit 2024-03-15                                 | 2024-03-16 | 3 | 2024-04-26 | UPCOMING | a connected person fully approved: 6-weekly
            """)
    void visits_weekly_until_the_first_review(PlacementType type, String attribute, String events, String asOf, int occurrence, String due,
            String status, String why) {
        ChildCase kase = Story.tell(Story.tell(child("2012-06-01"), "looked after 2024-03-04").with(placement("2024-03-04", type, attribute)),
                "visit 2024-03-08" + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.visits", 1, occurrence, due, status, why);
    }

    /**
     * Regulation 28(4) and (5) (review #1): a child living with a parent under an interim care order, looked after and placed
     * with parents on Monday 4 March 2024 and visited on 8 March, is visited at least weekly until the first review, then at
     * intervals of not more than 4 weeks; a care order made while the child lives with a parent (15 April) owes a visit within
     * 1 week of the order (chain 2), then at intervals of not more than 6 weeks.
     */
    @ParameterizedTest(name = "{0}, {1}, as of {2}: #{3}.{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # placed on 2024-03-04 with | more events                                                     | as of      | chain | # | due        | status   | why
            PLACED_WITH_PARENTS         | visit 2024-03-15                                                | 2024-03-15 | 1     | 2 | 2024-03-15 | MET      | with a parent under an interim care order: weekly until the first review, regulation 28(4)(a) (review #1)
            PLACED_WITH_PARENTS         | visit 2024-03-16                                                | 2024-03-16 | 1     | 2 | 2024-03-15 | MET_LATE | the day after (review #1)
            PLACED_WITH_PARENTS         | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28 | 2024-04-01 | 1 | 5 | 2024-04-25 | UPCOMING | after the first review: at most 4-weekly, regulation 28(4)(b) (review #1)
            PLACED_WITH_PARENTS         | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28, visit 2024-04-25 | 2024-04-26 | 1 | 5 | 2024-04-25 | MET | on the last day (review #1)
            PLACED_WITH_PARENTS         | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28, visit 2024-04-26 | 2024-04-26 | 1 | 5 | 2024-04-25 | MET_LATE | the day after (review #1)
            LOCAL_AUTHORITY_FOSTER_CARE | -                                                               | 2024-03-11 | 1     | 2 | 2024-04-19 | UPCOMING | an interim care order in foster care: 6-weekly, as any other placement
            PLACED_WITH_PARENTS         | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28, legal status 2024-04-15 FULL_CARE_ORDER, visit 2024-04-22 | 2024-04-23 | 2 | 1 | 2024-04-22 | MET | a care order made while the child lives with a parent: a visit within 1 week of the order, regulation 28(5)(a) (review #1)
            PLACED_WITH_PARENTS         | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28, legal status 2024-04-15 FULL_CARE_ORDER, visit 2024-04-23 | 2024-04-23 | 2 | 1 | 2024-04-22 | MET_LATE | the day after (review #1)
            PLACED_WITH_PARENTS         | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28, legal status 2024-04-15 FULL_CARE_ORDER, visit 2024-04-22 | 2024-04-23 | 2 | 2 | 2024-06-03 | UPCOMING | then at most 6-weekly, regulation 28(5)(b) (review #1)
            PLACED_WITH_PARENTS         | visit 2024-03-15, visit 2024-03-22, review 2024-03-28, visit 2024-03-28, legal status 2024-04-15 FULL_CARE_ORDER | 2024-04-16 | 1 | 5 | - | NOT_OWED | the order starts the new clock: the interim order's next visit, not yet due, is not owed
            LOCAL_AUTHORITY_FOSTER_CARE | legal status 2024-04-15 FULL_CARE_ORDER                         | 2024-04-16 | 2     | 1 | -          | NOT_OWED | a care order for a child in foster care starts no new clock
            """)
    void visits_to_a_child_living_with_a_parent_under_an_order(PlacementType type, String events, String asOf, int chain, int occurrence,
            String due, String status, String why) {
        ChildCase kase = Story.tell(child("2012-06-01"), "looked after 2024-03-04 INTERIM_CARE_ORDER, placed 2024-03-04 " + type
                + ", visit 2024-03-08" + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.visits", chain, occurrence, due, status, why);
    }

    /**
     * The booklet's 4-weekly visits to IFA and private residential placements (review #8) hold after the first year of a
     * placement intended to last until 18: regulation 28(2)(c)(i)'s 3 months does not relax them. Placed on 10 January 2022,
     * visited every 4 weeks from 14 January 2022, the 14th visit on 13 January 2023, after the first anniversary.
     */
    @ParameterizedTest(name = "{0}, {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # placement                  | more visits      | as of      | #  | due        | status   | why
            INDEPENDENT_FOSTERING_AGENCY | -                | 2023-01-14 | 15 | 2023-02-10 | UPCOMING | an IFA placement meant to last until 18: still 4-weekly after its first year (review #8)
            INDEPENDENT_FOSTERING_AGENCY | visit 2023-02-10 | 2023-02-11 | 15 | 2023-02-10 | MET      | on the last day (review #8)
            INDEPENDENT_FOSTERING_AGENCY | visit 2023-02-11 | 2023-02-11 | 15 | 2023-02-10 | MET_LATE | the day after (review #8)
            PRIVATE_RESIDENTIAL          | -                | 2023-02-11 | 15 | 2023-02-10 | OVERDUE  | a private residential home too (review #8)
            LOCAL_AUTHORITY_FOSTER_CARE  | -                | 2023-01-14 | 15 | 2023-04-13 | UPCOMING | the authority's own foster care: 3-monthly after the first year, regulation 28(2)(c)(i)
            """)
    void four_weekly_placements_stay_four_weekly_after_the_first_year(PlacementType type, String visits, String asOf, int occurrence,
            String due, String status, String why) {
        StringBuilder fourWeekly = new StringBuilder();
        for (LocalDate visit = LocalDate.parse("2022-01-14"); !visit.isAfter(LocalDate.parse("2023-01-13")); visit = visit.plusWeeks(4)) {
            fourWeekly.append(fourWeekly.length() == 0 ? "" : ", ").append("visit ").append(visit);
        }
        ChildCase kase = Story.tell(Story.tell(child("2012-06-01"), "looked after 2022-01-10").with(placement("2022-01-10", type, "long-term")),
                fourWeekly + (visits == null ? "" : ", " + visits));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), "lac.visits", 1, occurrence, due, status, why);
    }

    /**
     * Regulation 29 (review #2): the child is spoken to in private unless the child, of sufficient age and understanding,
     * refuses, the worker thinks it inappropriate given the child's age and understanding, or the worker is unable to: a visit
     * that saw the child and records one of these reasons meets lac.seen-alone. Placed in foster care on 4 March 2024.
     */
    @ParameterizedTest(name = "{0} {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # visit    | not alone because                       | as of      | # | due        | status   | why
            2024-03-11 | PRE_VERBAL                              | 2024-03-12 | 1 | 2024-03-11 | MET      | a baby too young to talk: seen, and cannot be spoken to (review #2)
            2024-03-12 | PRE_VERBAL                              | 2024-03-12 | 1 | 2024-03-11 | MET_LATE | the day after (review #2)
            2024-03-11 | CHILD_DECLINED                          | 2024-03-12 | 1 | 2024-03-11 | MET      | the child refused: an exception of regulation 29 (review #2)
            2024-03-11 | INAPPROPRIATE_FOR_AGE_AND_UNDERSTANDING | 2024-03-12 | 1 | 2024-03-11 | MET      | the worker judged it inappropriate for the child's age and understanding (review #2)
            2024-03-11 | UNABLE                                  | 2024-03-12 | 1 | 2024-03-11 | MET      | the worker was unable to (review #2)
            2024-03-11 | -                                       | 2024-03-12 | 1 | 2024-03-11 | OVERDUE  | not alone, and no reason recorded: still owed (review #2)
            """)
    void the_child_not_seen_alone_for_a_reason_of_regulation_29(String visit, NotSpokenToAloneReason reason, String asOf, int occurrence,
            String due, String status, String why) {
        Visit.Builder seen = Visit.builder().date(LocalDate.parse(visit)).purpose(VisitPurpose.LOOKED_AFTER).childSeen(true).seenAlone(false);
        if (reason != null) {
            seen.notSpokenToAloneBecause(reason);
        }
        Story.expect(inCare(null).with(seen.build()).schedule(asOf, DERBYSHIRE), "lac.seen-alone", 1, occurrence, due, status, why);
    }

    /**
     * Regulation 48 (audit B-6c, run R7): a pre-planned series of short breaks, stays on 5 to 7 January and 2 to 4 February 2024
     * (Friday to Sunday), has one short break care plan, within 10 working days of the first short break, and its reviews: the
     * first within 3 months, then at least 6-monthly; no visit, planning meeting or change of circumstances record for each stay.
     */
    @ParameterizedTest(name = "{0}, as of {1}: {2} #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # more events           | as of      | rule                           | # | due        | status   | why
            -                       | 2024-09-01 | lac.visits                     | 1 | -          | NOT_OWED | no visit within a week of each stay (audit B-6c)
            -                       | 2024-09-01 | lac.placement-planning-meeting | 1 | -          | NOT_OWED | no planning meeting for each stay (audit B-6c)
            -                       | 2024-09-01 | lac.change-of-circumstances    | 1 | -          | NOT_OWED | no change of circumstances record for each stay (audit B-6c)
            -                       | 2024-09-01 | lac.short-break-care-plan      | 1 | 2024-01-19 | OVERDUE  | one short break care plan, 10 working days after the first short break (audit B-6c)
            care plan 2024-01-19    | 2024-09-01 | lac.short-break-care-plan      | 1 | 2024-01-19 | MET      | on the last day (audit B-6c)
            care plan 2024-01-22    | 2024-09-01 | lac.short-break-care-plan      | 1 | 2024-01-19 | MET_LATE | the next working day (audit B-6c)
            review 2024-04-05       | 2024-09-01 | lac.short-break-reviews        | 1 | 2024-04-05 | MET      | the first review within 3 months of the first short break (audit B-6c)
            review 2024-04-06       | 2024-09-01 | lac.short-break-reviews        | 1 | 2024-04-05 | MET_LATE | the day after (audit B-6c)
            review 2024-04-05       | 2024-09-01 | lac.short-break-reviews        | 2 | 2024-10-05 | UPCOMING | then within 6 months (audit B-6c)
            -                       | 2024-09-01 | lac.reviews                    | 1 | -          | NOT_OWED | not the looked after reviews of a single period of care
            """)
    void short_breaks_are_their_own_regime(String events, String asOf, String rule, int occurrence, String due, String status, String why) {
        ChildCase kase = Story.tell(child("2016-05-10"), "looked after 2024-01-05 SECTION_20_SHORT_BREAKS, placed 2024-01-05, ceased 2024-01-07,"
                + " looked after 2024-02-02 SECTION_20_SHORT_BREAKS, placed 2024-02-02, ceased 2024-02-04" + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), rule, 1, occurrence, due, status, why);
    }

    /**
     * Adoption Agencies Regulations 2005, regulation 36 (audit B-6d): a child placed for adoption on Monday 2 September 2024,
     * after foster care from 4 March, is visited within a week and then weekly until the first adoption review, which is due
     * within 4 weeks of the placement, the second within 3 months of it; regulation 28's visits and the looked after reviews
     * stop.
     */
    @ParameterizedTest(name = "{0}, as of {1}: {2} #{3}.{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # more events                                                      | as of      | rule                 | chain | # | due        | status   | why
            visit 2024-09-09                                                   | 2024-09-10 | lac.adoption-visits  | 1     | 1 | 2024-09-09 | MET      | within a week of the placement for adoption (audit B-6d)
            visit 2024-09-10                                                   | 2024-09-10 | lac.adoption-visits  | 1     | 1 | 2024-09-09 | MET_LATE | the day after (audit B-6d)
            visit 2024-09-09                                                   | 2024-09-10 | lac.adoption-visits  | 1     | 2 | 2024-09-16 | DUE_SOON | then weekly, not 6-weekly (audit B-6d)
            visit 2024-09-09, visit 2024-09-16, visit 2024-09-23, review 2024-09-27 | 2024-10-10 | lac.adoption-visits | 1 | 4 | -          | NOT_OWED | until the first review: nothing weekly after it (audit B-6d)
            review 2024-09-30                                                  | 2024-10-01 | lac.adoption-reviews | 1     | 1 | 2024-09-30 | MET      | the first review within 4 weeks of the placement (audit B-6d)
            review 2024-10-01                                                  | 2024-10-01 | lac.adoption-reviews | 1     | 1 | 2024-09-30 | MET_LATE | the day after (audit B-6d)
            review 2024-09-30                                                  | 2024-10-01 | lac.adoption-reviews | 1     | 2 | 2024-12-30 | UPCOMING | the second within 3 months of the first (audit B-6d)
            -                                                                  | 2024-10-01 | lac.visits           | 2     | 1 | -          | NOT_OWED | no regulation 28 visit chain for the placement for adoption
            -                                                                  | 2024-10-01 | lac.visits           | 1     | 1 | 2024-03-11 | MISSED   | the foster placement's overdue visit is missed when the adoption placement ends its chain
            """)
    void children_placed_for_adoption(String events, String asOf, String rule, int chain, int occurrence, String due, String status,
            String why) {
        ChildCase kase = Story.tell(child("2022-05-10"), "looked after 2024-03-04, placed 2024-03-04, placed 2024-09-02 PLACED_FOR_ADOPTION"
                + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), rule, chain, occurrence, due, status, why);
    }

    /**
     * LAC-14 (audit B-10b, run R6): the young person's own questionnaire from 11, on entering care and each May and November;
     * a carer's or school's form does not meet it.
     */
    @ParameterizedTest(name = "born {0}, looked after {1}, {2}, as of {3}: {4} #{5} due {6}, {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | looked after | events                                   | as of      | rule                              | # | due        | status   | why
            2010-01-15 | 2024-03-04   | sdq 2024-04-03 YOUNG_PERSON              | 2024-04-04 | lac.sdq-young-person-on-entry     | 1 | 2024-04-03 | MET      | aged 14 on entering care: their own form by the 20th working day (audit B-10b)
            2010-01-15 | 2024-03-04   | sdq 2024-04-04 YOUNG_PERSON              | 2024-04-04 | lac.sdq-young-person-on-entry     | 1 | 2024-04-03 | MET_LATE | the day after (audit B-10b)
            2010-01-15 | 2024-03-04   | sdq 2024-03-06                           | 2024-04-04 | lac.sdq-young-person-on-entry     | 1 | 2024-04-03 | OVERDUE  | the carer's form does not meet the young person's (audit B-10b)
            2013-11-30 | 2024-05-20   | -                                        | 2024-06-01 | lac.sdq-young-person-on-entry     | 1 | -          | NOT_OWED | aged 10 on entering care: not owed
            2013-11-30 | 2024-05-20   | sdq 2024-11-12 EDUCATION_PROVIDER        | 2024-12-02 | lac.sdq-young-person-twice-yearly | 1 | 2024-11-30 | OVERDUE  | 11 on 30 November: the November form is theirs too; the school's does not meet it (audit B-10b)
            2013-11-30 | 2024-05-20   | sdq 2024-11-30 YOUNG_PERSON              | 2024-12-02 | lac.sdq-young-person-twice-yearly | 1 | 2024-11-30 | MET      | their own form on the last day of November (audit B-10b)
            2013-11-30 | 2024-05-20   | sdq 2024-12-01 YOUNG_PERSON              | 2024-12-02 | lac.sdq-young-person-twice-yearly | 1 | 2024-11-30 | MET_LATE | the day after (audit B-10b)
            2013-12-01 | 2024-05-20   | -                                        | 2024-12-02 | lac.sdq-young-person-twice-yearly | 1 | 2025-05-31 | UPCOMING | 11 on 1 December: 10 at the end of November, so the first is May
            """)
    void the_young_persons_own_questionnaire(String born, String lookedAfter, String events, String asOf, String rule, int occurrence,
            String due, String status, String why) {
        ChildCase kase = Story.tell(child(born), "looked after " + lookedAfter + (events == null ? "" : ", " + events));
        Story.expect(kase.schedule(asOf, DERBYSHIRE), rule, 1, occurrence, due, status, why);
    }

    /**
     * LAC-11 (audit LAC-11, run R9; review #7): the first PEP is owed for every child in care, whatever their age, as the
     * booklet says ("every Child in Care needs to have ... PEP"), coming into care on 19 August 2024.
     */
    @ParameterizedTest(name = "born {0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | as of      | due        | status   | why
            2021-08-19 | 2024-09-04 | 2024-09-03 | OVERDUE  | 3 on the day the child comes into care: a PEP is owed (audit LAC-11)
            2021-08-20 | 2024-09-04 | 2024-09-03 | OVERDUE  | 3 the day after: owed as well, every child in care has a PEP (review #7)
            2024-01-01 | 2024-09-03 | 2024-09-03 | DUE_SOON | a baby: owed, the booklet excludes no age (review #7)
            """)
    void first_personal_education_plan_from_age_3(String born, String asOf, String due, String status, String why) {
        Story.expect(Story.tell(child(born), "looked after 2024-08-19").schedule(asOf, DERBYSHIRE), "lac.pep", 1, 1, due, status, why);
    }

    /** The child in care (looked after and placed on Monday 4 March 2024), with a looked after review arranged on 10 March. */
    private static ChildCase withReviewScheduled(String reviewDate, String events) {
        return Story.tell(inCare(null).with(LookedAfterReviewScheduled.builder().date(LocalDate.parse("2024-03-10"))
                .reviewDate(LocalDate.parse(reviewDate)).build()), events == null ? "" : events);
    }

    /**
     * LAC-5 (audit B-9): the paperwork for the IRO at least 3 working days before the looked after review, counted, until the
     * review is held, from the date it is scheduled for: Wednesday 3 April 2024, so due Wednesday 27 March, Good Friday and
     * Easter Monday skipped. Before, it was counted only from a review already held, so never seen coming.
     */
    @ParameterizedTest(name = "scheduled {0}, {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # scheduled for | events                                  | as of      | # | due        | status   | why
            2024-04-03      | -                                       | 2024-03-19 | 1 | 2024-03-27 | UPCOMING | seen coming, before the review (audit B-9)
            2024-04-03      | -                                       | 2024-03-20 | 1 | 2024-03-27 | DUE_SOON | 5 working days ahead (audit B-9)
            2024-04-03      | paperwork 2024-03-27                    | 2024-03-28 | 1 | 2024-03-27 | MET      | on the last day, 3 working days before the scheduled review (audit B-9)
            2024-04-03      | paperwork 2024-03-28                    | 2024-03-28 | 1 | 2024-03-27 | MET_LATE | the day after (audit B-9)
            2024-04-03      | -                                       | 2024-03-28 | 1 | 2024-03-27 | OVERDUE  | overdue before the review is held (audit B-9)
            2024-04-03      | paperwork 2024-03-27, review 2024-04-03 | 2024-04-04 | 1 | 2024-03-27 | MET      | the review held as scheduled: the same obligation, met
            2024-04-03      | paperwork 2024-03-27, review 2024-04-03 | 2024-04-04 | 2 | -          | NOT_OWED | and not a second one for the schedule
            2024-04-03      | paperwork 2024-04-04, review 2024-04-10 | 2024-04-11 | 1 | 2024-04-05 | MET      | held a week later than scheduled: counted from the day it was held
            """)
    void paperwork_before_a_scheduled_review(String scheduledFor, String events, String asOf, int occurrence, String due, String status,
            String why) {
        Story.expect(withReviewScheduled(scheduledFor, events).schedule(asOf, DERBYSHIRE), "lac.care-plan-to-iro", 1, occurrence, due, status,
                why);
    }

    /** LAC-12 (audit B-9): the PEP reviewed by the looked after review, seen coming from the date it is scheduled for (3 April 2024). */
    @ParameterizedTest(name = "{0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events        | as of      | due        | status   | why
            -               | 2024-03-20 | 2024-04-03 | UPCOMING | seen coming, before the review (audit B-9)
            pep 2024-04-03  | 2024-04-04 | 2024-04-03 | MET      | reviewed by the scheduled day (audit B-9)
            -               | 2024-04-04 | 2024-04-03 | OVERDUE  | the review's day has passed, and no PEP: overdue though the review is not yet recorded (audit B-9)
            """)
    void pep_reviewed_before_a_scheduled_review(String events, String asOf, String due, String status, String why) {
        Story.expect(withReviewScheduled("2024-04-03", events).schedule(asOf, DERBYSHIRE), "lac.pep-reviewed", 1, 1, due, status, why);
    }

    /**
     * The booklet's L799 (review): the IRO speaks directly with the child before each looked after review, counted to the
     * review held or, until then, the day it is scheduled for (Wednesday 3 April 2024), as the PEP review is.
     */
    @ParameterizedTest(name = "{0}, {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # IRO spoke  | more events                        | as of      | # | due        | status   | why
            -            | -                                  | 2024-03-20 | 1 | 2024-04-03 | UPCOMING | seen coming from the scheduled review (review, booklet L799)
            2024-03-28   | -                                  | 2024-03-28 | 1 | 2024-04-03 | MET      | before the review (review, booklet L799)
            2024-04-03   | review 2024-04-03                  | 2024-04-04 | 1 | 2024-04-03 | MET      | on the day of the review, before it is held (review, booklet L799)
            -            | -                                  | 2024-04-04 | 1 | 2024-04-03 | OVERDUE  | the day after, no conversation (review, booklet L799)
            2024-04-04   | review 2024-04-03                  | 2024-04-04 | 1 | 2024-04-03 | OVERDUE  | after the review: it counts for the next one, not this (review, booklet L799)
            2024-03-28   | review 2024-04-03, review 2024-07-03 | 2024-07-04 | 2 | 2024-07-03 | OVERDUE | each review needs its own conversation (review, booklet L799)
            """)
    void the_iro_speaks_with_the_child_before_each_review(String spoke, String events, String asOf, int occurrence, String due,
            String status, String why) {
        // The events in date order: the conversation first, unless it came after the first of the other events.
        boolean spokeAfter = spoke != null && events != null && spoke.compareTo(events.replaceAll("^\\D*", "").substring(0, 10)) > 0;
        ChildCase kase = withReviewScheduled("2024-04-03", spokeAfter ? events : null);
        if (spoke != null) {
            kase.with(IroSpokeWithChild.builder().date(LocalDate.parse(spoke)).build());
        }
        Story.expect(Story.tell(kase, events == null || spokeAfter ? "" : events).schedule(asOf, DERBYSHIRE), "lac.iro-spoke-with-child", 1,
                occurrence, due, status, why);
    }

    /**
     * The child seen alone on statutory visits (audit B-10a; the booklet: "ensure the child is spoke with alone"): as often as
     * the visits are due, met only by a visit recording the child seen alone. Placed in foster care on 4 March 2024.
     */
    @ParameterizedTest(name = "{0}, as of {1}: {2} #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # visits                               | as of      | rule           | # | due        | status   | why
            alone 2024-03-11                       | 2024-03-12 | lac.seen-alone | 1 | 2024-03-11 | MET      | seen alone within a week of the placement (audit B-10a)
            alone 2024-03-12                       | 2024-03-12 | lac.seen-alone | 1 | 2024-03-11 | MET_LATE | the day after (audit B-10a)
            visit 2024-03-11                       | 2024-03-12 | lac.seen-alone | 1 | 2024-03-11 | OVERDUE  | seen, but not alone: the visit counts, the seeing alone does not (audit B-10a)
            visit 2024-03-11                       | 2024-03-12 | lac.visits     | 1 | 2024-03-11 | MET      | the visit itself is met
            alone 2024-03-11, visit 2024-04-22     | 2024-04-23 | lac.seen-alone | 2 | 2024-04-22 | OVERDUE  | then every 6 weeks, as the visits (audit B-10a)
            alone 2024-03-11, alone 2024-04-22     | 2024-04-23 | lac.seen-alone | 2 | 2024-04-22 | MET      | seen alone on the last day
            """)
    void the_child_seen_alone(String visits, String asOf, String rule, int occurrence, String due, String status, String why) {
        ChildCase kase = inCare(null);
        for (String visit : visits.split(",\\s*")) {
            String[] parts = visit.trim().split(" ");
            if (parts[0].equals("alone")) {
                kase.visitSeenAlone(parts[1], org.duly.domain.events.VisitPurpose.LOOKED_AFTER);
            } else {
                kase.visit(parts[1], org.duly.domain.events.VisitPurpose.LOOKED_AFTER);
            }
        }
        Story.expect(kase.schedule(asOf, DERBYSHIRE), rule, 1, occurrence, due, status, why);
    }
}
