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

    /**
     * Checks the lateness of the n-th occurrence of a recurrence: its due date and status, how many days late it was
     * met (or is overdue on the schedule's date), and how many further intervals passed in full without it.
     */
    static void checkLateness(Schedule schedule, String ruleId, int occurrence, String due, String status, long daysLate,
            int intervalsMissed, String why) {
        assertThat(schedule).obligation(ruleId, occurrence).as(why).isDueOn(due).hasStatus(Status.valueOf(status));
        ScheduleEntry entry = schedule.entriesOf(ruleId).stream().filter(e -> e.chain() == 1 && e.occurrence() == occurrence)
                .findFirst().orElseThrow();
        long late = entry instanceof ScheduleEntry.Met met ? met.daysLate()
                : entry instanceof ScheduleEntry.Missed missed ? missed.daysLate() : entry.daysOverdue(schedule.asOf());
        org.assertj.core.api.Assertions.assertThat(late).as(why + ": days late").isEqualTo(daysLate);
        org.assertj.core.api.Assertions.assertThat(entry.intervalsMissed()).as(why + ": further intervals missed").isEqualTo(intervalsMissed);
    }

    // ---- What timeliness counts (issue 12, audit B-3): further intervals missed count against it ----

    /** Checks the rule's timeliness counts so many occurrences as due: met on time, met late, overdue, missed and intervals missed. */
    static void checkDueInTimeliness(Schedule schedule, String ruleId, long dueInTimeliness, String why) {
        org.assertj.core.api.Assertions.assertThat(schedule.summary().timeliness().stream()
                .filter(rule -> rule.ruleId().equals(ruleId)).mapToLong(ScheduleSummary.Timeliness::due).sum())
                .as(why + ": occurrences due in timeliness").isEqualTo(dueInTimeliness);
    }

    // ---- What a rule's notes say (the handbook review, issue 13) ----

    /** Checks the rule's reading, what meets it or its notes contain the words: where the reading alone would mislead. */
    static void checkNotesSay(String ruleId, String words, String why) {
        org.duly.workflows.policy.Rule rule = DERBYSHIRE.rule(ruleId).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(rule.inWords() + " " + rule.metBy().map(met -> met.inWords()).orElse("") + " "
                + String.join(" ", rule.interpretations())).as(why).contains(words);
    }
}
