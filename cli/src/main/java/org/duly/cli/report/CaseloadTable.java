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

    /** The most characters of a reason the work tray shows in a terminal. */
    static final int LONGEST_REASON = 130;

    private CaseloadTable() {
    }

    /** The work tray: a block per team and worker, each item by due date, with why it is owed. */
    private static String tray(CaseloadTally.Tray tray, Caseload caseload) {
        StringBuilder out = new StringBuilder("Due by ").append(tray.dueBy()).append(": ").append(tray.items().size())
                .append(tray.items().size() == 1 ? " open obligation" : " open obligations")
                .append(", by team and worker, earliest first\n");
        Holder current = null;
        List<List<String>> rows = new ArrayList<>();
        for (CaseloadTally.DueItem item : tray.items().subList(0, Math.min(caseload.listed(), tray.items().size()))) {
            if (!item.holder().equals(current)) {
                out.append(block(current, rows));
                current = item.holder();
                rows = new ArrayList<>();
                rows.add(List.of("DUE", "STATUS", "CASE", "RULE", "OCC", "TITLE", "WHY"));
            }
            rows.add(List.of(item.due() + item.dueTime().map(time -> " " + time).orElse(""), item.status().name(), item.subject(),
                    item.rule().id(), item.label(), item.rule().title(), Text.clipped(item.reason(), LONGEST_REASON)));
        }
        out.append(block(current, rows));
        String more = caseload.more(tray.items().size());
        if (!more.isEmpty()) {
            out.append("  ").append(more).append('\n');
        }
        if (tray.items().stream().anyMatch(item -> item.reason().length() > LONGEST_REASON)) {
            out.append("WHY is cut at ").append(LONGEST_REASON).append(" characters; --format csv or json gives it whole.\n");
        }
        return out.toString();
    }

    private static String block(Holder holder, List<List<String>> rows) {
        if (holder == null) {
            return "";
        }
        return "\n" + holder.teamLabel() + ", " + holder.workerLabel() + ": " + (rows.size() - 1) + "\n" + Text.columns(rows, "  ");
    }

    private static String timeliness(String[] header, List<List<String>> keys, List<CaseloadTally.HolderTimeliness> rows) {
        return timeliness(header, keys, rows.stream().map(CaseloadTally.HolderTimeliness::timeliness).toList(), false);
    }

    /** One row per rule, team or worker: its keys, the counts, the share and (for a rule) the title. */
    private static String timeliness(String[] header, List<List<String>> keys, List<ScheduleSummary.Timeliness> rows,
            boolean titled) {
        List<List<String>> table = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(header));
        head.addAll(List.of("DUE", "ON TIME", "LATE", "OVERDUE", "MISSED", "GAPS", "SHARE"));
        if (titled) {
            head.add("TITLE");
        }
        table.add(head);
        for (int i = 0; i < rows.size(); i++) {
            ScheduleSummary.Timeliness row = rows.get(i);
            List<String> line = new ArrayList<>(keys.get(i));
            line.addAll(List.of(Long.toString(row.due()), Long.toString(row.metOnTime()), Long.toString(row.metLate()),
                    Long.toString(row.overdue()), Long.toString(row.missed()), Long.toString(row.intervalsMissed()),
                    Text.percent(row.share())));
            if (titled) {
                line.add(row.title());
            }
            table.add(line);
        }
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (int i = header.length; i < header.length + 7; i++) {
            numbers.add(i);
        }
        return Text.columns(table, "  ", numbers);
    }

    static String render(Caseload caseload) {
        ScheduleSummary summary = caseload.summary();
        StringBuilder out = new StringBuilder(caseload.headline()).append("\n\n");
        // The work tray first: the question a team manager opens the report with.
        caseload.tray().ifPresent(tray -> out.append(tray(tray, caseload)).append('\n'));
        if (caseload.byHolder()) {
            out.append("Timeliness by team: share of due occurrences met on time\n")
                    .append(timeliness(new String[] {"TEAM"}, caseload.teams().stream()
                            .map(team -> List.of(team.holder().teamLabel())).toList(), caseload.teams())).append('\n');
            out.append("Timeliness by worker\n").append(timeliness(new String[] {"TEAM", "WORKER"}, caseload.workers().stream()
                    .map(worker -> List.of(worker.holder().teamLabel(), worker.holder().workerLabel())).toList(),
                    caseload.workers())).append('\n');
        }

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

        // The work tray lists every overdue item already, by worker.
        if (caseload.tray().isEmpty()) {
            out.append("Overdue, most days first: ").append(summary.overdue().size()).append('\n');
            if (!summary.overdue().isEmpty()) {
                List<List<String>> overdue = new ArrayList<>();
                overdue.add(caseload.byHolder() ? List.of("DAYS", "CASE", "TEAM", "WORKER", "RULE", "OCC", "DUE", "TITLE")
                        : List.of("DAYS", "CASE", "RULE", "OCC", "DUE", "TITLE"));
                for (ScheduleSummary.Overdue item : summary.overdue().subList(0, Math.min(caseload.listed(), summary.overdue().size()))) {
                    List<String> row = new ArrayList<>(List.of(Long.toString(item.daysOverdue()), item.subject()));
                    if (caseload.byHolder()) {
                        Holder holder = caseload.holders().apply(item.subject());
                        row.add(holder.teamLabel());
                        row.add(holder.workerLabel());
                    }
                    row.addAll(List.of(item.rule().id(), item.label(), item.due().toString(), item.rule().title()));
                    overdue.add(row);
                }
                out.append(Text.columns(overdue, "  ", Set.of(0)));
                String more = caseload.more(summary.overdue().size());
                if (!more.isEmpty()) {
                    out.append("  ").append(more).append('\n');
                }
            }
            out.append('\n');
        }

        out.append("Timeliness: share of due occurrences met on time\n");
        out.append(timeliness(new String[] {"RULE"}, summary.timeliness().stream().map(rule -> List.of(rule.ruleId())).toList(),
                summary.timeliness(), true));
        return out.append("GAPS: further intervals a recurrence passed in full without its work, each counted against the share.\n")
                .toString();
    }
}
