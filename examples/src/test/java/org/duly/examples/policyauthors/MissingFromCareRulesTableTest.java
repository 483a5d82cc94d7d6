package org.duly.examples.policyauthors;

import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.duly.examples.policyauthors.MissingFromCare.ChildReturned;
import org.duly.examples.policyauthors.MissingFromCare.ChildWentMissing;
import org.duly.examples.policyauthors.MissingFromCare.ReturnHomeInterview;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Example 7 as a table: Anytown's return home interview, offered within 72 hours of the child's
 * return, with Anytown's own events put into the case by the testkit ({@code ChildCase.with}) as
 * Duly's own are. The child has been in care since Monday 3 June 2024.
 *
 * <p>Events: "missing EPISODE WHEN" (the child going missing), "returned EPISODE WHEN" (the child's
 * return), "interview EPISODE WHEN" (the return home interview), where WHEN is a date and time in
 * England ({@code 2025-02-20T22:15}) or a date alone. The "due at" column is the 72nd hour on
 * England's clocks, or the day it falls on when the return has no time (then only a record on that day
 * without the times cannot be judged); {@code -} where there is no such obligation.
 */
class MissingFromCareRulesTableTest {

    private static final String RULE = "anytown.return-home-interview";

    @ParameterizedTest(name = "{0}, as of {1}: #{2} due at {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # events                                                                                   | as of      | # | due at           | status         | why
            returned M1 2025-02-20T22:15, interview M1 2025-02-23T22:15                                | 2025-02-24 | 1 | 2025-02-23T22:15 | MET            | offered on the 72nd hour
            returned M1 2025-02-20T22:15, interview M1 2025-02-23T22:16                                | 2025-02-24 | 1 | 2025-02-23T22:15 | MET_LATE       | a minute late, though on the due date
            returned M1 2025-02-20T22:15                                                               | 2025-02-23 | 1 | 2025-02-23T22:15 | DUE_SOON       | due today, at 22:15
            returned M1 2025-02-20T22:15                                                               | 2025-02-24 | 1 | 2025-02-23T22:15 | OVERDUE        | the day after, no interview
            returned M1 2025-02-20T22:15, interview M2 2025-02-21T10:00                                | 2025-02-24 | 1 | 2025-02-23T22:15 | OVERDUE        | an interview about another episode does not count
            missing M1 2025-03-27T19:00, returned M1 2025-03-28T10:00, interview M1 2025-03-31T10:59   | 2025-04-01 | 1 | 2025-03-31T11:00 | MET            | the clocks went forward on 30 March: 72 hours after 10:00 on Friday end at 11:00 on Monday
            returned M1 2025-03-28T10:00, interview M1 2025-03-31T11:01                                | 2025-04-01 | 1 | 2025-03-31T11:00 | MET_LATE       | a minute after the 72nd hour, across the clock change
            returned M1 2025-02-20T22:15, interview M1 2025-02-21T10:00, returned M2 2025-02-25T08:00  | 2025-03-01 | 1 | 2025-02-23T22:15 | MET            | the first episode is met by its own interview
            returned M1 2025-02-20T22:15, interview M1 2025-02-21T10:00, returned M2 2025-02-25T08:00  | 2025-03-01 | 2 | 2025-02-28T08:00 | OVERDUE        | each episode starts its own clock; the first episode's interview does not count for the second
            returned M1 2025-02-20                                                                     | 2025-02-23 | 1 | 2025-02-23       | DUE_SOON       | a return without a time: the 72 hours end some time on 23 February
            returned M1 2025-02-20                                                                     | 2025-02-24 | 1 | 2025-02-23       | OVERDUE        | the day after that day: missed, whatever the time of the return
            returned M1 2025-02-20, interview M1 2025-02-22T18:00                                      | 2025-02-24 | 1 | 2025-02-23       | MET            | before the deadline's day: in time, whatever the time of the return
            returned M1 2025-02-20, interview M1 2025-02-23T09:00                                      | 2025-02-24 | 1 | 2025-02-23       | CANNOT_COMPUTE | on the deadline's day: only the time of the return could tell
            returned M1 2025-02-20, interview M1 2025-02-24                                            | 2025-02-25 | 1 | 2025-02-23       | MET_LATE       | after the deadline's day: late, whatever the times
            returned M1 2025-02-20T22:15, returned M2 2025-02-26                                       | 2025-03-02 | 2 | 2025-03-01       | OVERDUE        | the second return has no time, but 72 hours from any time of 26 February ended by 2 March
            missing M1 2025-02-18T21:40                                                                | 2025-02-24 | 1 | -                | -              | going missing starts no clock: the return does
            """)
    void return_home_interview_within_72_hours_of_the_childs_return(String events, String asOf, int occurrence, String dueAt,
            Status status, String why) {
        ChildCase kase = ChildCase.child("EX-7").bornOn("2010-06-01")
                .becameLookedAfter("2024-06-03", LegalStatus.SECTION_20)
                .placement("2024-06-03", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE);
        for (String event : events.split(",\\s*")) {
            String[] words = event.split(" ");
            String episode = words[1];
            LocalDate date = LocalDate.parse(words[2].substring(0, 10));
            Optional<LocalTime> time = words[2].contains("T") ? Optional.of(LocalDateTime.parse(words[2]).toLocalTime()) : Optional.empty();
            switch (words[0]) {
                case "missing" -> kase.with(new ChildWentMissing(episode, date, time));
                case "returned" -> kase.with(new ChildReturned(episode, date, time));
                case "interview" -> kase.with(new ReturnHomeInterview(episode, date, time));
                default -> throw new IllegalArgumentException("not an event of this table: " + event);
            }
        }
        Schedule schedule = kase.schedule(asOf, MissingFromCare.policy());
        if (status == null) {
            assertThat(schedule).as(why).hasObligations(RULE, occurrence - 1);
        } else if (status == Status.CANNOT_COMPUTE) {
            assertThat(schedule).obligation(RULE, occurrence).as(why).cannotBeComputedFor("the time of the child's return");
        } else if (!dueAt.contains("T")) {
            // Counted from a return without a time: due some time that day.
            assertThat(schedule).obligation(RULE, occurrence).as(why).isDueOn(dueAt).hasStatus(status);
        } else {
            assertThat(schedule).obligation(RULE, occurrence).as(why).isDueAt(dueAt).hasStatus(status);
        }
    }
}
