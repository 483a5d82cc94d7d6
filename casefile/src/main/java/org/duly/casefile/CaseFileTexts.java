package org.duly.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The case file's text forms read by hand: exactly what the schema's patterns accept
 * ({@link CaseFileSchema#DATE_PATTERN}, {@link CaseFileSchema#TIME_PATTERN},
 * {@link CaseFileSchema#DATE_TIME_PATTERN}, {@link CaseFileSchema#TEXT_PATTERN}), without a regular
 * expression: a caseload of a million cases reads tens of millions of dates, and matching each with
 * the schema's long date expression cost more than parsing the JSON. {@code CaseFileTextsTest} holds
 * each to its pattern.
 */
final class CaseFileTexts {

    private CaseFileTexts() {
    }

    /** The date a text writes, {@code 2024-03-05}, if it is a day from the first to the last a case file may hold; else null. */
    static LocalDate date(String text) {
        return text.length() == 10 ? date(text, 0) : null;
    }

    /** The time a text writes, {@code 14:30}, {@code 14:30:15} or with a fraction of a second; else null. */
    static LocalTime time(String text) {
        return time(text, 0);
    }

    /** The date and time a text writes, {@code 2024-03-05T14:30}; else null. */
    static LocalDateTime dateTime(String text) {
        if (text.length() < 16 || text.charAt(10) != 'T') {
            return null;
        }
        LocalDate date = date(text, 0);
        LocalTime time = date == null ? null : time(text, 11);
        return time == null ? null : LocalDateTime.of(date, time);
    }

    /** Whether a text holds a character that is not a space, a tab or a line break. */
    static boolean isText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String text, int from) {
        if (text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return null;
        }
        int year = digits(text, from, 4);
        int month = digits(text, from + 5, 2);
        int day = digits(text, from + 8, 2);
        if (year < CaseFileSchema.FIRST_DATE.getYear() || year > CaseFileSchema.LAST_DATE.getYear() || month < 1 || month > 12
                || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return date.isBefore(CaseFileSchema.FIRST_DATE) || date.isAfter(CaseFileSchema.LAST_DATE) ? null : date;
    }

    private static LocalTime time(String text, int from) {
        int length = text.length() - from;
        if (length != 5 && length != 8 && (length < 10 || length > 18) || text.charAt(from + 2) != ':') {
            return null;
        }
        int hour = digits(text, from, 2);
        int minute = digits(text, from + 3, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        if (length == 5) {
            return LocalTime.of(hour, minute);
        }
        int second = text.charAt(from + 5) == ':' ? digits(text, from + 6, 2) : -1;
        if (second < 0 || second > 59) {
            return null;
        }
        if (length == 8) {
            return LocalTime.of(hour, minute, second);
        }
        if (text.charAt(from + 8) != '.') {
            return null;
        }
        int fractionDigits = length - 9;
        int fraction = digits(text, from + 9, fractionDigits);
        if (fraction < 0) {
            return null;
        }
        for (int i = fractionDigits; i < 9; i++) {
            fraction *= 10;
        }
        return LocalTime.of(hour, minute, second, fraction);
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1 if any is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
