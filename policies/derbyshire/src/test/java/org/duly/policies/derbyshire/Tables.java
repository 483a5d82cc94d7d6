package org.duly.policies.derbyshire;

import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;

/** What the rule tables share: reading their cells and checking an occurrence. */
final class Tables {

    /** The policy every table evaluates. */
    static final Policy DERBYSHIRE = DerbyshirePracticeStandards.policy();

    private Tables() {
    }

    /** The dates of a cell, in order: "2024-03-12 2024-04-23"; none for "-". */
    static List<String> dates(String cell) {
        return cell == null ? List.of() : List.of(cell.trim().split("\\s+"));
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    /** Checks the n-th occurrence, or that the chain stops before it ("-" for its due date and status). */
    static void check(Schedule schedule, String ruleId, int occurrence, String due, Status status, String why) {
        if (status == null) {
            assertThat(schedule).as(why).hasObligations(ruleId, occurrence - 1);
        } else {
            assertThat(schedule).obligation(ruleId, occurrence).as(why).isDueOn(due).hasStatus(status);
        }
    }
}
