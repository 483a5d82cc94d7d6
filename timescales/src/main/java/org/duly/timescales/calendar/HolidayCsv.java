package org.duly.timescales.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads published bank holidays in the shape of gov.uk's data: {@code date,title}, one per line. */
final class HolidayCsv {

    static final String HEADER = "date,title";

    private HolidayCsv() {
    }

    /**
     * Parses the text, collecting every problem before failing.
     *
     * @param csv the text, header first
     * @return the holidays in date order
     * @throws IllegalArgumentException listing every problem, each with its line number
     */
    static List<NonWorkingDay> parse(String csv) {
        List<String> problems = new ArrayList<>();
        SortedMap<LocalDate, NonWorkingDay> days = new TreeMap<>();
        String[] lines = csv.split("\r?\n", -1);
        if (!lines[0].strip().replace("\uFEFF", "").equals(HEADER)) {
            problems.add("line 1: expected the header '" + HEADER + "' but found '" + lines[0].strip() + "'");
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNumber = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                problems.add("line " + lineNumber + ": expected 'date,title' but found '" + line + "'");
                continue;
            }
            String dateText = line.substring(0, comma).strip();
            String title = unquote(line.substring(comma + 1).strip());
            LocalDate date;
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add("line " + lineNumber + ": '" + dateText + "' is not a date (expected YYYY-MM-DD)");
                continue;
            }
            if (title.isBlank()) {
                problems.add("line " + lineNumber + ": the holiday on " + date + " has no title");
            } else if (NonWorkingDay.isWeekend(date)) {
                problems.add("line " + lineNumber + ": " + date + " (" + title + ") is a weekend day, not a bank holiday");
            } else if (days.containsKey(date)) {
                problems.add("line " + lineNumber + ": " + date + " is listed twice");
            } else {
                days.put(date, NonWorkingDay.bankHoliday(date, title));
            }
        }
        if (!days.isEmpty()) {
            TreeSet<Integer> years = new TreeSet<>();
            days.keySet().forEach(date -> years.add(date.getYear()));
            for (int year = years.first(); year <= years.last(); year++) {
                if (!years.contains(year)) {
                    problems.add("no holidays for " + year + ", inside the span of the data");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the published holidays have " + problems.size()
                    + (problems.size() == 1 ? " problem:\n  " : " problems:\n  ") + String.join("\n  ", problems));
        }
        return List.copyOf(days.values());
    }

    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }
}
