package org.duly.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duly.timescales.Status;
import org.duly.workflows.engine.ScheduleSummary;
import org.duly.workflows.policy.Area;

/** The caseload summary as aligned columns for a terminal. */
final class CaseloadTable {

    private CaseloadTable() {
    }

    static String render(Caseload caseload) {
        ScheduleSummary summary = caseload.summary();
        StringBuilder out = new StringBuilder(caseload.headline()).append("\n\n");

        out.append("By status\n");
        List<List<String>> statuses = new ArrayList<>();
        for (Status status : Status.values()) {
            statuses.add(List.of(status.name(), Long.toString(summary.count(status))));
        }
        out.append(Text.columns(statuses, "  ", Set.of(1))).append('\n');

        out.append("By area\n");
        List<List<String>> areas = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("AREA"));
        for (Status status : Status.values()) {
            header.add(status.name());
        }
        areas.add(header);
        for (Map.Entry<Area, Map<Status, Long>> area : summary.countsByArea().entrySet()) {
            List<String> row = new ArrayList<>(List.of(area.getKey().title()));
            for (Status status : Status.values()) {
                row.add(Long.toString(area.getValue().getOrDefault(status, 0L)));
            }
            areas.add(row);
        }
        out.append(Text.columns(areas, "  ", java.util.stream.IntStream.rangeClosed(1, Status.values().length).boxed()
                .collect(java.util.stream.Collectors.toSet()))).append('\n');

        out.append("Overdue, most days first: ").append(summary.overdue().size()).append('\n');
        if (!summary.overdue().isEmpty()) {
            List<List<String>> overdue = new ArrayList<>();
            overdue.add(List.of("DAYS", "CASE", "RULE", "OCC", "DUE", "TITLE"));
            for (ScheduleSummary.Overdue item : summary.overdue()) {
                overdue.add(List.of(Long.toString(item.daysOverdue()), item.subject(), item.rule().id(),
                        item.label(), item.due().toString(), item.rule().title()));
            }
            out.append(Text.columns(overdue, "  ", Set.of(0)));
        }
        out.append('\n');

        out.append("Timeliness: share of due occurrences met on time\n");
        List<List<String>> timeliness = new ArrayList<>();
        timeliness.add(List.of("RULE", "DUE", "ON TIME", "LATE", "OVERDUE", "MISSED", "GAPS", "SHARE", "TITLE"));
        for (ScheduleSummary.Timeliness rule : summary.timeliness()) {
            timeliness.add(List.of(rule.ruleId(), Long.toString(rule.due()), Long.toString(rule.metOnTime()),
                    Long.toString(rule.metLate()), Long.toString(rule.overdue()), Long.toString(rule.missed()),
                    Long.toString(rule.intervalsMissed()), Text.percent(rule.share()), rule.title()));
        }
        out.append(Text.columns(timeliness, "  ", Set.of(1, 2, 3, 4, 5, 6, 7)));
        return out.append("GAPS: further intervals a recurrence passed in full without its work, each counted against the share.\n")
                .toString();
    }
}
