package org.duly.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads ISO dates from the command line and from bulk input, with a message that says what was expected. */
final class IsoDates implements CommandLine.ITypeConverter<LocalDate> {

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
            // java.time says why a well-formed date does not exist ("Invalid date 'FEBRUARY 30'"): keep that part.
            String marker = "could not be parsed: ";
            int at = e.getMessage().indexOf(marker);
            String reason = at >= 0 ? " (" + e.getMessage().substring(at + marker.length()) + ")" : "";
            throw new InvalidInputException("'" + text + "' is not a date: expected YYYY-MM-DD, such as 2024-03-27" + reason);
        }
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
