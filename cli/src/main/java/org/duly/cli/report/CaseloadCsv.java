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

    /** Every table, by its name: status, areas, overdue, timeliness, teams, workers, and due when there is a work tray. */
    static Map<String, String> tables(Caseload caseload) {
        ScheduleSummary summary = caseload.summary();
        Map<String, String> tables = new LinkedHashMap<>();
        StringBuilder status = new StringBuilder(Csv.record(STATUS));
        for (Status each : Status.values()) {
            status.append(Csv.record(List.of(each.name(), Long.toString(summary.count(each)))));
        }
        tables.put("status", status.toString());

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
        tables.put("areas", areas.toString());

        StringBuilder overdue = new StringBuilder(Csv.record(OVERDUE));
        for (ScheduleSummary.Overdue item : summary.overdue()) {
            Holder holder = caseload.holders().apply(item.subject());
            // Chain and occurrence apart, as whole numbers: a spreadsheet reads the label "2.10" as 2.1.
            overdue.append(Csv.record(List.of(item.subject(), holder.team().orElse(""), holder.worker().orElse(""),
                    item.area().title(), item.rule().id(), item.rule().title(), Integer.toString(item.chain()),
                    Integer.toString(item.occurrence()), item.due().toString(), Long.toString(item.daysOverdue()))));
        }
        tables.put("overdue", overdue.toString());

        tables.put("timeliness", timeliness(List.of("rule_id", "title"), summary.timeliness().stream()
                .map(rule -> List.of(rule.ruleId(), rule.title())).toList(), summary.timeliness()));
        // Only a header when no case records a team or a worker: the same files, whatever the caseload.
        tables.put("teams", timeliness(List.of("team"), caseload.teams().stream()
                .map(team -> List.of(team.holder().team().orElse(""))).toList(),
                caseload.teams().stream().map(CaseloadTally.HolderTimeliness::timeliness).toList()));
        tables.put("workers", timeliness(List.of("team", "worker"), caseload.workers().stream()
                .map(worker -> List.of(worker.holder().team().orElse(""), worker.holder().worker().orElse(""))).toList(),
                caseload.workers().stream().map(CaseloadTally.HolderTimeliness::timeliness).toList()));
        caseload.tray().ifPresent(tray -> {
            StringBuilder due = new StringBuilder(Csv.record(DUE));
            for (CaseloadTally.DueItem item : tray.items()) {
                due.append(Csv.record(List.of(item.holder().team().orElse(""), item.holder().worker().orElse(""),
                        item.due().toString(), item.dueTime().map(Object::toString).orElse(""), item.status().name(),
                        item.subject(), item.area().title(), item.rule().id(), item.rule().title(), Integer.toString(item.chain()),
                        Integer.toString(item.occurrence()), item.reason())));
            }
            tables.put("due", due.toString());
        });
        return tables;
    }

    /** The table a single CSV holds when no table is named: the work tray when asked for, else the overdue list. */
    static String defaultTable(Map<String, String> tables) {
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
