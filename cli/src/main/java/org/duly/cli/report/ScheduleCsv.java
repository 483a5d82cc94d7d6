package org.duly.cli.report;

import java.util.List;
import org.duly.cli.text.Csv;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/** The schedule as RFC 4180 CSV with the fixed columns of {@link ScheduleFormat#CSV}. */
final class ScheduleCsv {

    static final List<String> HEADER = List.of("rule_id", "spec_ids", "title", "occurrence", "window_start", "due",
            "status", "met_on", "provisional", "explanation");

    private ScheduleCsv() {
    }

    static String render(Schedule schedule) {
        StringBuilder out = new StringBuilder(Csv.record(HEADER));
        for (ScheduleEntry entry : schedule.entries()) {
            out.append(Csv.record(List.of(entry.rule().id(), String.join(";", entry.rule().specIds()),
                    entry.rule().title(), Text.occurrence(entry), Text.date(entry.windowStart()), Text.date(entry.due()),
                    entry.status().name(), Text.metOn(entry), Boolean.toString(entry.provisional()),
                    entry.explanationInEnglish())));
        }
        return out.toString();
    }
}
