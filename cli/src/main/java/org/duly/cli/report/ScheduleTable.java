package org.duly.cli.report;

import java.util.ArrayList;
import java.util.List;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.engine.ScheduleSummary;
import org.duly.casefile.Journey;

/**
 * The schedule as aligned columns for a terminal, with the counts at the end; a last column says why
 * an entry is not applicable, cannot be computed, not required or missed, when any entry has a reason.
 */
final class ScheduleTable {

    private ScheduleTable() {
    }

    static String render(Journey journey, Schedule schedule) {
        StringBuilder out = new StringBuilder()
                .append("Case ").append(journey.caseId()).append(" as of ").append(schedule.asOf())
                .append(": ").append(schedule.policy().title()).append(", ").append(schedule.calendar()).append(" calendar\n\n");
        List<List<String>> rows = new ArrayList<>();
        // Why an entry is not applicable, cannot be computed, not required or missed: a column only when some entry says.
        boolean anyReason = schedule.entries().stream().anyMatch(entry -> entry.reason().isPresent());
        rows.add(anyReason ? List.of("RULE", "OCC", "WINDOW START", "DUE", "STATUS", "MET ON", "TITLE", "REASON")
                : List.of("RULE", "OCC", "WINDOW START", "DUE", "STATUS", "MET ON", "TITLE"));
        boolean anyProvisional = false;
        for (ScheduleEntry entry : schedule.entries()) {
            // A provisional due date is starred, not hidden: it may move when next year's bank holidays are published.
            String due = Text.dueWithTime(entry) + (entry.provisional() ? "*" : "");
            anyProvisional |= entry.provisional();
            List<String> row = new ArrayList<>(List.of(entry.rule().id(), entry.label(), Text.date(entry.windowStart()),
                    due, entry.status().name(), Text.metOn(entry), entry.rule().title()));
            if (anyReason) {
                row.add(entry.reason().orElse(""));
            }
            rows.add(row);
        }
        out.append(Text.columns(rows, ""));
        if (anyProvisional) {
            out.append("* provisional: depends on bank holidays not yet published\n");
        }
        return out.append('\n').append(counts(schedule.entries().size(), schedule.summary())).append('\n').toString();
    }

    /** "12 obligations: 2 overdue, 1 due soon, ..." with every status, so columns of runs line up in a diff. */
    static String counts(long total, ScheduleSummary summary) {
        List<String> parts = new ArrayList<>();
        for (Status status : Status.values()) {
            parts.add(summary.count(status) + " " + Text.words(status));
        }
        return total + (total == 1 ? " obligation: " : " obligations: ") + String.join(", ", parts);
    }
}
