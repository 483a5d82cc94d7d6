package org.duly.cli;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duly.timescales.calendar.WorkingCalendar;
import picocli.CommandLine;

/**
 * Reads ISO dates from the command line and from bulk input, with a message that says what was
 * expected, and checks that a date is one the calendar knows: every date argument of every command
 * is read and checked here, so they all behave alike.
 */
final class IsoDates implements CommandLine.ITypeConverter<LocalDate> {

    private static final Pattern FORM = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");

    /**
     * Parses {@code YYYY-MM-DD}.
     *
     * @param text the text
     * @return the date
     * @throws InvalidInputException if the text is not a date
     */
    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Shown.quoted(text) + " is not a date: expected YYYY-MM-DD, such as 2024-03-27"
                    + whyNot(text));
        }
    }

    /** Why a date of the right form does not exist, in words: "(February 2023 has 28 days)". */
    private static String whyNot(String text) {
        Matcher form = FORM.matcher(text);
        if (!form.matches()) {
            return "";
        }
        int year = Integer.parseInt(form.group(1));
        int month = Integer.parseInt(form.group(2));
        if (month < 1 || month > 12) {
            return " (there is no month " + month + ")";
        }
        if (Integer.parseInt(form.group(3)) == 0) {
            return " (days count from 01)";
        }
        int days = Month.of(month).length(Year.isLeap(year));
        return " (" + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + form.group(1) + " has " + days
                + " days)";
    }

    /**
     * A date given as an argument, if the calendar knows it; every answer outside the calendar's
     * range would be a guess, so it is refused.
     *
     * @param argument the option or parameter that gave it, such as {@code --as-of}
     * @param date the date
     * @param calendar the calendar it will be used with
     * @return the date
     * @throws InvalidInputException if the date is outside the calendar's supported range
     */
    static LocalDate inRange(String argument, LocalDate date, WorkingCalendar calendar) {
        if (!calendar.supportedRange().contains(date)) {
            throw new InvalidInputException(argument + ": " + date + " is outside the range the " + calendar.name()
                    + " calendar supports (" + calendar.supportedRange() + ")");
        }
        return date;
    }

    @Override
    public LocalDate convert(String value) {
        try {
            return parse(value);
        } catch (InvalidInputException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
