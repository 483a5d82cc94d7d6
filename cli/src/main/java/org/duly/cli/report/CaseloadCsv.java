package org.duly.cli.report;

import java.util.List;
import java.util.Map;
import org.duly.cli.text.Csv;
import org.duly.timescales.Status;
import org.duly.workflows.engine.ScheduleSummary;
import org.duly.workflows.policy.Area;

/**
 * The caseload summary as one RFC 4180 table, so a spreadsheet or a script reads it in one go:
 * each row's {@code section} says which of the four parts it belongs to, and only that part's
 * columns are filled.
 */
final class CaseloadCsv {

    static final List<String> HEADER = List.of("section", "area", "status", "case_id", "rule_id", "title", "chain", "occurrence",
            "due", "days_overdue", "count", "met_on_time", "met_late", "overdue", "missed", "intervals_missed", "share_on_time");

    private CaseloadCsv() {
    }

    static String render(Caseload caseload) {
        ScheduleSummary summary = caseload.summary();
        StringBuilder out = new StringBuilder(Csv.record(HEADER));
        for (Status status : Status.values()) {
            out.append(Csv.record(List.of("status", "", status.name(), "", "", "", "", "", "", "",
                    Long.toString(summary.count(status)), "", "", "", "", "", "")));
        }
        for (Map.Entry<Area, Map<Status, Long>> area : summary.countsByArea().entrySet()) {
            for (Status status : Status.values()) {
                out.append(Csv.record(List.of("area", area.getKey().title(), status.name(), "", "", "", "", "", "", "",
                        Long.toString(area.getValue().getOrDefault(status, 0L)), "", "", "", "", "", "")));
            }
        }
        for (ScheduleSummary.Overdue item : summary.overdue()) {
            out.append(Csv.record(List.of("overdue", item.area().title(), Status.OVERDUE.name(),
                    // Chain and occurrence apart, as whole numbers: a spreadsheet reads the label "2.10" as 2.1.
                    item.subject(), item.rule().id(), item.rule().title(), Integer.toString(item.chain()),
                    Integer.toString(item.occurrence()),
                    item.due().toString(), Long.toString(item.daysOverdue()), "", "", "", "", "", "", "")));
        }
        for (ScheduleSummary.Timeliness rule : summary.timeliness()) {
            // The share as a plain decimal fraction (0.75), the form a spreadsheet formats as it likes.
            out.append(Csv.record(List.of("timeliness", "", "", "", rule.ruleId(), rule.title(), "", "", "", "",
                    Long.toString(rule.due()), Long.toString(rule.metOnTime()), Long.toString(rule.metLate()),
                    Long.toString(rule.overdue()), Long.toString(rule.missed()), Long.toString(rule.intervalsMissed()),
                    String.format(java.util.Locale.ROOT, "%.4f", rule.share()))));
        }
        return out.toString();
    }
}
