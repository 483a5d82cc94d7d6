package org.duly.cli.report;

import java.util.List;
import org.duly.casefile.Journey;
import org.duly.cli.text.Csv;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * The schedule as RFC 4180 CSV with the fixed columns of {@link ScheduleFormat#CSV}: one row per
 * entry, each carrying its case id and area, so the files of many cases can be put in one sheet.
 * No cell is one a spreadsheet would misread: the chain and the occurrence are two whole numbers (a
 * label such as "2.10" would be read as the number 2.1), dates are ISO dates, the due time is a time.
 */
final class ScheduleCsv {

    static final List<String> HEADER = List.of("case_id", "area", "rule_id", "spec_ids", "title", "chain", "occurrence",
            "window_start", "due", "due_time", "status", "met_on", "provisional", "explanation");

    private ScheduleCsv() {
    }

    static String render(Journey journey, Schedule schedule) {
        StringBuilder out = new StringBuilder(Csv.record(HEADER));
        for (ScheduleEntry entry : schedule.entries()) {
            out.append(Csv.record(List.of(journey.caseId(), schedule.areaOf(entry).title(), entry.rule().id(),
                    Csv.values(entry.rule().specIds()), entry.rule().title(), Integer.toString(entry.chain()),
                    Integer.toString(entry.occurrence()), Text.date(entry.windowStart()), Text.date(entry.due()),
                    entry.dueAt().map(at -> at.toLocalTime().toString()).orElse(""), entry.status().name(),
                    Text.metOn(entry), Boolean.toString(entry.provisional()), entry.explanationInEnglish())));
        }
        return out.toString();
    }
}
