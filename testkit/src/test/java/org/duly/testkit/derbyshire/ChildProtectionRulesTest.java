package org.duly.testkit.derbyshire;

import static org.duly.testkit.DulyAssertions.assertThat;

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
        assertThat(kase.schedule(asOf)).obligation("cp.icpc").as(why).isDueOn(due).hasStatus(status);
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
                .schedule(seen.substring(0, 10));
        assertThat(schedule).obligation("cp.seen-alone").as(why).hasStatus(status);
    }
}
