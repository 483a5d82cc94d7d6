package org.duly.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duly.cli.text.Csv;
import org.duly.timescales.Status;
import org.duly.workflows.engine.ScheduleSummary;
import org.duly.workflows.policy.Area;

/**
 * The caseload as RFC 4180 tables, one table per file so that a spreadsheet opens each as it is:
 * the counts by status, by area, the overdue list, each rule's timeliness, each team's and each
 * worker's (when the cases record them) and the work tray (when asked for). Chain and occurrence are
 * whole numbers in columns of their own; a share is a plain fraction (0.75), which a spreadsheet
 * formats as it likes.
 */
final class CaseloadCsv {

    static final List<String> STATUS = List.of("status", "count");
    static final List<String> OVERDUE = List.of("case_id", "team", "worker", "area", "rule_id", "title", "chain", "occurrence",
            "due", "days_overdue");
    static final List<String> COUNTS = List.of("due", "met_on_time", "met_late", "overdue", "missed", "intervals_missed",
            "share_on_time");
    static final List<String> DUE = List.of("team", "worker", "due", "due_time", "status", "case_id", "area", "rule_id", "title",
            "chain", "occurrence", "reason");

    private CaseloadCsv() {
    }

    /** Every table as text, by its name: status, areas, overdue, timeliness, teams, workers, and due when there is a work tray. */
    static Map<String, String> tables(Caseload caseload) {
        Map<String, String> texts = new LinkedHashMap<>();
        streamed(caseload).forEach((name, table) -> texts.put(name, table.text()));
        return texts;
    }

    /**
     * Every table, by its name, as {@link #tables} gives them: the small ones worked out now, the
     * overdue list and the work tray written row by row when asked, so that a million rows are never
     * one string.
     */
    static Map<String, CsvTable> streamed(Caseload caseload) {
        ScheduleSummary summary = caseload.summary();
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        StringBuilder status = new StringBuilder(Csv.record(STATUS));
        for (Status each : Status.values()) {
            status.append(Csv.record(List.of(each.name(), Long.toString(summary.count(each)))));
        }
        tables.put("status", text(status));

        List<String> areaHeader = new ArrayList<>(List.of("area"));
        for (Status each : Status.values()) {
            areaHeader.add(each.name().toLowerCase(Locale.ROOT));
        }
        StringBuilder areas = new StringBuilder(Csv.record(areaHeader));
        for (Map.Entry<Area, Map<Status, Long>> area : summary.countsByArea().entrySet()) {
            List<String> row = new ArrayList<>(List.of(area.getKey().title()));
            for (Status each : Status.values()) {
                row.add(Long.toString(area.getValue().getOrDefault(each, 0L)));
            }
            areas.append(Csv.record(row));
        }
        tables.put("areas", text(areas));

        tables.put("overdue", out -> {
            out.append(Csv.record(OVERDUE));
            StringBuilder row = new StringBuilder();
            for (ScheduleSummary.Overdue item : summary.overdue()) {
                Holder holder = caseload.holders().apply(item.subject());
                row.setLength(0);
                // Chain and occurrence apart, as whole numbers: a spreadsheet reads the label "2.10" as 2.1.
                out.append(Csv.record(row, item.subject(), holder.team().orElse(""), holder.worker().orElse(""),
                        item.area().title(), item.rule().id(), item.rule().title(), Integer.toString(item.chain()),
                        Integer.toString(item.occurrence()), item.due().toString(), Long.toString(item.daysOverdue())));
            }
        });

        tables.put("timeliness", text(timeliness(List.of("rule_id", "title"), summary.timeliness().stream()
                .map(rule -> List.of(rule.ruleId(), rule.title())).toList(), summary.timeliness())));
        // Only a header when no case records a team or a worker: the same files, whatever the caseload.
        tables.put("teams", text(timeliness(List.of("team"), caseload.teams().stream()
                .map(team -> List.of(team.holder().team().orElse(""))).toList(),
                caseload.teams().stream().map(CaseloadTally.HolderTimeliness::timeliness).toList())));
        tables.put("workers", text(timeliness(List.of("team", "worker"), caseload.workers().stream()
                .map(worker -> List.of(worker.holder().team().orElse(""), worker.holder().worker().orElse(""))).toList(),
                caseload.workers().stream().map(CaseloadTally.HolderTimeliness::timeliness).toList())));
        caseload.tray().ifPresent(tray -> tables.put("due", out -> {
            out.append(Csv.record(DUE));
            StringBuilder row = new StringBuilder();
            for (CaseloadTally.DueItem item : tray.items()) {
                row.setLength(0);
                out.append(Csv.record(row, item.holder().team().orElse(""), item.holder().worker().orElse(""),
                        item.due().toString(), item.dueTime().map(Object::toString).orElse(""), item.status().name(),
                        item.subject(), item.area().title(), item.rule().id(), item.rule().title(), Integer.toString(item.chain()),
                        Integer.toString(item.occurrence()), item.reason()));
            }
        }));
        return tables;
    }

    private static CsvTable text(CharSequence text) {
        String done = text.toString();
        return out -> out.append(done);
    }

    /** The table a single CSV holds when no table is named: the work tray when asked for, else the overdue list. */
    static String defaultTable(Map<String, ?> tables) {
        return tables.containsKey("due") ? "due" : "overdue";
    }

    private static String timeliness(List<String> keyHeader, List<List<String>> keys, List<ScheduleSummary.Timeliness> rows) {
        List<String> header = new ArrayList<>(keyHeader);
        header.addAll(COUNTS);
        StringBuilder out = new StringBuilder(Csv.record(header));
        for (int i = 0; i < rows.size(); i++) {
            ScheduleSummary.Timeliness row = rows.get(i);
            List<String> line = new ArrayList<>(keys.get(i));
            line.addAll(List.of(Long.toString(row.due()), Long.toString(row.metOnTime()), Long.toString(row.metLate()),
                    Long.toString(row.overdue()), Long.toString(row.missed()), Long.toString(row.intervalsMissed()),
                    String.format(Locale.ROOT, "%.4f", row.share())));
            out.append(Csv.record(line));
        }
        return out.toString();
    }
}
