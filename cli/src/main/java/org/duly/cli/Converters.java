package org.duly.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.duly.cli.report.CaseloadFormat;
import org.duly.cli.report.ScheduleFormat;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reads paths, whole numbers and choices, with messages in plain words
 * ({@code '5x' is not a whole number}, not {@code '5x' is not an int}), value lists in the lower case
 * the help and the README use, and at most a few dozen characters of what was typed.
 */
final class Converters {

    private Converters() {
    }

    /** Registers every converter on the command line and all its subcommands. */
    static CommandLine registerAll(CommandLine commandLine) {
        return commandLine
                .registerConverter(Path.class, Converters::path)
                .registerConverter(Integer.class, Converters::wholeNumber)
                .registerConverter(Integer.TYPE, Converters::wholeNumber)
                .registerConverter(Long.class, Converters::longNumber)
                .registerConverter(Long.TYPE, Converters::longNumber)
                .registerConverter(ScheduleFormat.class, new Choices<>(ScheduleFormat.class))
                .registerConverter(CaseloadFormat.class, new Choices<>(CaseloadFormat.class))
                .registerConverter(RulesCommand.Format.class, new Choices<>(RulesCommand.Format.class));
    }

    /**
     * A file or directory name. An empty one is refused: {@code Path.of("")} is the working
     * directory, so {@code duly validate ''} would otherwise read every file under it (D8).
     */
    static Path path(String name) {
        if (name.isEmpty()) {
            throw new TypeConversionException("the name is empty");
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(Shown.quoted(name) + " is not a name this system allows for a file ("
                    + e.getReason().toLowerCase(Locale.ROOT) + ")");
        }
    }

    /** A whole number in ASCII digits, such as {@code 5} or {@code -2}. */
    static Integer wholeNumber(String text) {
        long number = longNumber(text);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new TypeConversionException(Shown.quoted(text) + " is too large: expected a whole number from "
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return (int) number;
    }

    /** A whole number in ASCII digits, in the range of a long. */
    static Long longNumber(String text) {
        // Integer.parseInt also takes other scripts' digits (Arabic-Indic ٥); a command line takes 0-9 only.
        if (!text.matches("[+-]?[0-9]{1,30}")) {
            throw new TypeConversionException(Shown.quoted(text) + " is not a whole number, such as 5 or -2");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(Shown.quoted(text) + " is too large: expected a whole number from "
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
    }

    /** One of an enum's constants, by its name in any case; the message lists them in lower case. */
    static final class Choices<E extends Enum<E>> implements ITypeConverter<E> {

        private final Class<E> type;

        Choices(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw new TypeConversionException(Shown.quoted(value) + " is not one of " + names());
        }

        String names() {
            return Arrays.stream(type.getEnumConstants()).map(constant -> constant.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
    }
}
