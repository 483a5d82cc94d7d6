package org.duly.policies.derbyshire;

import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.engine.ScheduleSummary;
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

    // ---- Honest lateness (issue 12, B-3): days late, intervals missed, and what timeliness counts ----

    /** Days late: of a met-late or missed entry, or of an overdue one on the evaluation date; 0 otherwise. */
    static long daysLate(ScheduleEntry entry, LocalDate asOf) {
        if (entry instanceof ScheduleEntry.Met met) {
            return met.daysLate();
        }
        if (entry instanceof ScheduleEntry.Missed missed) {
            return missed.daysLate();
        }
        return entry.daysOverdue(asOf);
    }

    /**
     * Checks an occurrence of a chain is due on the date with the status, so many days late and so
     * many further intervals missed, and that the rule's timeliness counts so many occurrences due.
     */
    static void checkLateness(Schedule schedule, String ruleId, int chain, int occurrence, String due, Status status, long daysLate,
            int intervalsMissed, long dueInTimeliness, String why) {
        assertThat(schedule).obligation(ruleId, chain, occurrence).as(why).isDueOn(due).hasStatus(status);
        ScheduleEntry entry = schedule.entriesOf(ruleId).stream()
                .filter(each -> each.chain() == chain && each.occurrence() == occurrence).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(daysLate(entry, schedule.asOf())).as(why + ": days late").isEqualTo(daysLate);
        org.assertj.core.api.Assertions.assertThat(entry.intervalsMissed()).as(why + ": intervals missed").isEqualTo(intervalsMissed);
        org.assertj.core.api.Assertions.assertThat(schedule.summary().timeliness().stream()
                .filter(rule -> rule.ruleId().equals(ruleId)).mapToLong(ScheduleSummary.Timeliness::due).sum())
                .as(why + ": occurrences due in timeliness").isEqualTo(dueInTimeliness);
    }
}
