package org.duly.examples.policyauthors;

import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementPlanningMeeting;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.VisitPurpose;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.policy.Policy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Example 5, a policy author's test table: Anytown's rules of examples 1 and 3 as tables a policy
 * author can read and extend without reading Java. Each row is one story: given these events, on
 * this date, expect this due date and status, and why. Every timescale gets its last day (met on
 * time), the day after (met late, or overdue), and the edges the booklet's words leave to
 * interpretation: a clock starting on a weekend, a bank holiday inside the count, the day a change
 * comes into force.
 *
 * <p>How to read a row: cells are separated by {@code |}; {@code -} is an empty cell (no events, no
 * obligation); the last column says what the row is for and is printed when the row fails. Add a row
 * for every question a practitioner has asked about the rule: the table is the answer on record.
 */
class AnytownRulesTableTest {

    /**
     * Example 1: a visit, with the child seen alone, within 5 working days of a move to a private
     * children's home. The child has been in care since Monday 4 March 2024, in foster care until the
     * move. Events: "placed DATE TYPE", "visit DATE" (the child seen with the carers), "visit alone DATE".
     */
    @ParameterizedTest(name = "{0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                                                             | as of      | # | due        | status   | why
            placed 2024-03-26 PRIVATE_RESIDENTIAL, visit alone 2024-04-04                                        | 2024-04-04 | 1 | 2024-04-04 | MET      | on the last day; Good Friday and Easter Monday are not counted
            placed 2024-03-26 PRIVATE_RESIDENTIAL, visit alone 2024-04-05                                        | 2024-04-05 | 1 | 2024-04-04 | MET_LATE | the day after
            placed 2024-03-26 PRIVATE_RESIDENTIAL                                                                | 2024-04-04 | 1 | 2024-04-04 | DUE_SOON | due today
            placed 2024-03-26 PRIVATE_RESIDENTIAL                                                                | 2024-04-05 | 1 | 2024-04-04 | OVERDUE  | the day after, no visit
            placed 2024-03-26 PRIVATE_RESIDENTIAL, visit 2024-04-02                                              | 2024-04-05 | 1 | 2024-04-04 | OVERDUE  | a visit without seeing the child alone does not count
            placed 2024-03-23 PRIVATE_RESIDENTIAL, visit alone 2024-04-02                                        | 2024-04-02 | 1 | 2024-04-02 | MET      | moved on a Saturday: day 0 is the Saturday, Monday is day 1
            placed 2024-03-23 PRIVATE_RESIDENTIAL                                                                | 2024-04-03 | 1 | 2024-04-02 | OVERDUE  | the day after
            placed 2024-03-26 LOCAL_AUTHORITY_RESIDENTIAL                                                        | 2024-04-05 | 1 | -          | -        | a move to the authority's own home starts no clock
            placed 2024-03-26 PRIVATE_RESIDENTIAL, visit alone 2024-04-04, placed 2024-05-01 PRIVATE_RESIDENTIAL | 2024-05-10 | 2 | 2024-05-09 | OVERDUE  | each move starts its own clock; the early May bank holiday is not counted
            """)
    void visit_after_a_move_to_a_private_childrens_home(String events, String asOf, int occurrence, String due, Status status,
            String why) {
        ChildCase kase = ChildCase.child("EX-5A").bornOn("2011-02-14")
                .becameLookedAfter("2024-03-04", LegalStatus.SECTION_20)
                .placement("2024-03-04", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE);
        for (String event : events.split(",\\s*")) {
            String[] words = event.split(" ");
            switch (words[0] + (words.length > 2 && words[1].equals("alone") ? " alone" : "")) {
                case "placed" -> kase.placement(words[1], PlacementType.valueOf(words[2]));
                case "visit" -> kase.visit(words[1], VisitPurpose.LOOKED_AFTER);
                case "visit alone" -> kase.visitSeenAlone(words[2], VisitPurpose.LOOKED_AFTER);
                default -> throw new IllegalArgumentException("not an event of this table: " + event);
            }
        }
        check(kase, "anytown.private-home-visit", asOf, occurrence, due, status, why,
                PrivateChildrensHomeVisit.policy());
    }

    /**
     * Example 3: the placement planning meeting, 5 working days for placements starting before 1 April
     * 2025 and 3 from then on. The child became looked after and was placed in foster care on the same
     * day. The version is chosen by the day the placement started, never by the "as of" date.
     */
    @ParameterizedTest(name = "placed {0}, meeting {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # placed   | meeting    | as of      | due        | status   | why
            2025-03-31 | 2025-04-07 | 2025-04-07 | 2025-04-07 | MET      | placed the day before the change: 5 working days, on the last day
            2025-03-31 | 2025-04-08 | 2025-04-08 | 2025-04-07 | MET_LATE | the day after
            2025-03-31 | -          | 2025-06-02 | 2025-04-07 | OVERDUE  | evaluated long after the change, the old version still applies
            2025-04-01 | 2025-04-04 | 2025-04-04 | 2025-04-04 | MET      | placed on the day of the change: 3 working days, on the last day
            2025-04-01 | 2025-04-07 | 2025-04-07 | 2025-04-04 | MET_LATE | the day after is the Monday
            2025-04-01 | -          | 2025-04-02 | 2025-04-04 | DUE_SOON | the new version's deadline, 3 days sooner for a placement a day later
            """)
    void placement_planning_meeting_before_and_after_1_april_2025(String placed, String meeting, String asOf, String due,
            Status status, String why) {
        ChildCase kase = ChildCase.child("EX-5B").bornOn("2015-01-01")
                .becameLookedAfter(placed, LegalStatus.SECTION_20)
                .placement(placed, PlacementType.LOCAL_AUTHORITY_FOSTER_CARE);
        if (meeting != null) {
            kase.with(PlacementPlanningMeeting.builder().date(LocalDate.parse(meeting)).build());
        }
        check(kase, "lac.placement-planning-meeting", asOf, 1, due, status, why, PlacementPlanningChange.policy());
    }

    /** Checks one row: the n-th obligation's due date and status, or, with no status, that there is no n-th. */
    private static void check(ChildCase kase, String ruleId, String asOf, int occurrence, String due, Status status, String why,
            Policy policy) {
        if (status == null) {
            assertThat(kase.schedule(asOf, policy)).as(why).hasObligations(ruleId, occurrence - 1);
        } else {
            assertThat(kase.schedule(asOf, policy)).obligation(ruleId, occurrence).as(why).isDueOn(due).hasStatus(status);
        }
    }
}
