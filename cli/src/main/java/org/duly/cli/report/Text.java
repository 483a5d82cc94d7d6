package org.duly.cli.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.duly.timescales.Status;
import org.duly.workflows.engine.ScheduleEntry;

/** Small text helpers every format shares, so a column means the same in each. */
final class Text {

    private Text() {
    }

    /** A share as a percentage with one decimal: "75.0%"; the same on every locale. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    /** The due date, with the time for rules in hours ("2024-03-15 10:00"): a day is too coarse for "within 24 hours". */
    static String dueWithTime(ScheduleEntry entry) {
        return entry.dueAt().map(at -> at.toLocalDate() + " " + at.toLocalTime()).orElse(date(entry.due()));
    }

    static String metOn(ScheduleEntry entry) {
        return entry.metBy().map(met -> met.date().toString()).orElse("");
    }

    /** "due soon" for DUE_SOON: the words a person reads; the constant stays in CSV and JSON. */
    static String words(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Text cut to at most so many characters, ending with "…" where it was cut: a table's cell stays one screen wide. */
    static String clipped(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1).stripTrailing() + "…";
    }

    /** Left-aligned columns separated by two spaces, without trailing spaces. */
    static String columns(List<List<String>> rows, String indent) {
        return columns(rows, indent, java.util.Set.of());
    }

    /** Columns separated by two spaces, the given ones (numbers) right-aligned, without trailing spaces. */
    static String columns(List<List<String>> rows, String indent, java.util.Set<Integer> rightAligned) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[width];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.size(); i++) {
                String padding = " ".repeat(widths[i] - row.get(i).length());
                if (rightAligned.contains(i)) {
                    line.append(padding).append(row.get(i));
                } else {
                    line.append(row.get(i)).append(i < row.size() - 1 ? padding : "");
                }
                if (i < row.size() - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
