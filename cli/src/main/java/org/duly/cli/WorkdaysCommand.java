package org.duly.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.duly.timescales.calendar.CalendarRangeException;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.NonWorkingDay;
import org.duly.timescales.calendar.WorkingCalendar;
import org.duly.timescales.calendar.WorkingDayShift;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code duly workdays}: working-day arithmetic on the England and Wales calendar. */
@Command(
        name = "workdays",
        mixinStandardHelpOptions = true,
        description = {
            "Working-day arithmetic on the England and Wales calendar.",
            "A working day is Monday to Friday and not a bank holiday. The day counted from is day 0,"
                    + " also when it is not a working day (Saturday + 1 working day = Monday)."
        },
        subcommands = {WorkdaysCommand.Shift.class, WorkdaysCommand.Between.class, WorkdaysCommand.Explain.class})
final class WorkdaysCommand implements Runnable {

    @ParentCommand
    private Duly duly;

    @Spec
    private CommandSpec spec;

    private static WorkingCalendar calendar() {
        return EnglandAndWales.calendar();
    }

    @Override
    public void run() {
        throw new UsageErrors.MissingCommand(spec.commandLine(), "Missing a command: shift, between or explain");
    }

    /** Reads a whole number of working days, in ASCII digits. */
    static int parseCount(String text) {
        try {
            return Converters.wholeNumber(text);
        } catch (CommandLine.TypeConversionException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** A date argument, read by picocli, that the calendar must know. */
    static LocalDate known(String argument, LocalDate date) {
        return IsoDates.inRange(argument, date, calendar());
    }

    /** The result as the shift command prints it: the date, then " provisional" when it is. */
    static String resultLine(WorkingDayShift shift) {
        return shift.result() + (shift.provisional() ? " provisional" : "");
    }

    /** {@code duly workdays shift}: the n-th working day from a date, one at a time or in bulk. */
    @Command(
            name = "shift",
            mixinStandardHelpOptions = true,
            description = {
                "Prints the N-th working day after DATE (before it when N is negative), followed by"
                        + " ' provisional' when it depends on days after the published bank holidays.",
                "With --stdin, reads lines 'DATE N' and writes one line per input line, in order; a bad line"
                        + " gets a message on stderr naming its line number, the output line 'error', and exit code 1."
                        + " Only a line feed (or CR LF) ends a line."
            })
    static final class Shift implements Callable<Integer> {

        @ParentCommand
        private WorkdaysCommand workdays;

        @Spec
        private CommandSpec spec;

        @Option(names = "--stdin", description = "Read lines 'DATE N' from standard input.")
        private boolean stdin;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DATE", converter = IsoDates.class,
                description = "The day to count from (day 0), YYYY-MM-DD.")
        private LocalDate date;

        @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "How many working days; negative counts back.")
        private Integer n;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (stdin) {
                if (date != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Give either DATE N or --stdin, not both");
                }
                return bulk(workdays.duly.in(), out, spec.commandLine().getErr());
            }
            if (date == null || n == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Missing " + (date == null ? "DATE and N" : "N") + " (or --stdin for bulk input)");
            }
            out.println(resultLine(calendar().explainShift(known("DATE", date), n)));
            return ExitCode.OK;
        }

        /**
         * Answers every line of bulk input with exactly one output line, in order, whatever the bytes:
         * the answer, or {@code error} with a message on standard error that quotes at most a few dozen
         * characters of the line.
         */
        private static int bulk(InputStream in, PrintWriter out, PrintWriter err) {
            WorkingCalendar calendar = calendar();
            BulkLines lines = new BulkLines(in);
            int lineNumber = 0;
            int failures = 0;
            int internalErrors = 0;
            try {
                for (String line = lines.next(); line != null; line = lines.next()) {
                    lineNumber++;
                    try {
                        out.println(answer(line, lines.length(), lineNumber == 1, calendar));
                    } catch (InvalidInputException | CalendarRangeException e) {
                        err.println("line " + lineNumber + ": " + e.getMessage());
                        out.println("error");
                        failures++;
                    } catch (RuntimeException e) {
                        // Still one output line for this input line, so the answers after it stay paired.
                        err.println("line " + lineNumber + ": internal error (" + e.getClass().getSimpleName()
                                + "); please report it");
                        out.println("error");
                        failures++;
                        internalErrors++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard input", e);
            }
            if (failures > 0) {
                err.println(failures + (failures == 1 ? " line" : " lines") + " of " + lineNumber + " could not be answered");
                return internalErrors > 0 ? ExitCode.INTERNAL_ERROR : ExitCode.INVALID_INPUT;
            }
            return ExitCode.OK;
        }

        private static String answer(String line, long length, boolean first, WorkingCalendar calendar) {
            if (length > BulkLines.KEPT) {
                throw new InvalidInputException("too long (" + length + " characters): expected 'DATE N', such as '2024-03-27 5'");
            }
            // Windows tools start a UTF-8 file with a byte-order mark.
            String text = first && line.startsWith("\uFEFF") ? line.substring(1) : line;
            String[] fields = text.strip().split("\\s+");
            if (fields.length != 2 || fields[0].isEmpty()) {
                throw new InvalidInputException("expected 'DATE N', such as '2024-03-27 5', but found "
                        + Shown.quoted(text.strip()));
            }
            return resultLine(calendar.explainShift(IsoDates.parse(fields[0]), parseCount(fields[1])));
        }
    }

    /**
     * The lines of bulk input. Only a line feed ends a line, and a carriage return just before it is
     * dropped: a lone carriage return is part of the line (BufferedReader would end a line there too,
     * and every answer after it would be paired with the wrong question). At most {@link #KEPT}
     * characters of a line are kept, so a line of 100 MB costs no memory; its length is counted.
     * Bytes that are not UTF-8 are read as U+FFFD and never end a line.
     */
    static final class BulkLines {

        /** The most characters of a line kept: far more than any 'DATE N'. */
        static final int KEPT = 1_000;

        private final Reader reader;
        private final char[] buffer = new char[8192];
        private final StringBuilder line = new StringBuilder();
        private int position;
        private int limit;
        private long length;

        BulkLines(InputStream in) {
            this.reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        /** The next line, without its line end, at most {@link #KEPT} characters of it; null at the end of the input. */
        String next() throws IOException {
            line.setLength(0);
            length = 0;
            boolean any = false;
            boolean carriageReturn = false;
            while (true) {
                if (position == limit) {
                    limit = Math.max(0, reader.read(buffer, 0, buffer.length));
                    position = 0;
                    if (limit == 0) {
                        return any ? line.toString() : null;
                    }
                }
                char c = buffer[position++];
                any = true;
                if (c == '\n') {
                    if (carriageReturn) {
                        length--;
                        line.setLength((int) Math.min(line.length(), length));
                    }
                    return line.toString();
                }
                carriageReturn = c == '\r';
                length++;
                if (line.length() < KEPT) {
                    line.append(c);
                }
            }
        }

        /** The length of the line {@link #next()} returned, line end excluded, even when only part of it was kept. */
        long length() {
            return length;
        }
    }

    /** {@code duly workdays between}: the working days in (FROM, TO]. */
    @Command(
            name = "between",
            mixinStandardHelpOptions = true,
            description = "Prints the number of working days after FROM up to and including TO; negative when TO is before FROM.")
    static final class Between implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FROM", converter = IsoDates.class, description = "Not itself counted, YYYY-MM-DD.")
        private LocalDate from;

        @Parameters(index = "1", paramLabel = "TO", converter = IsoDates.class, description = "The last day counted, YYYY-MM-DD.")
        private LocalDate to;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(calendar().workingDaysBetween(known("FROM", from), known("TO", to)));
            return ExitCode.OK;
        }
    }

    /** {@code duly workdays explain}: the shift, day by day, with every skipped day named. */
    @Command(
            name = "explain",
            mixinStandardHelpOptions = true,
            description = "Shows the N-th working day from DATE day by day: each working day counted and each day skipped, with its name.")
    static final class Explain implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DATE", converter = IsoDates.class, description = "The day to count from (day 0), YYYY-MM-DD.")
        private LocalDate date;

        @Parameters(index = "1", paramLabel = "N", description = "How many working days; negative counts back.")
        private int n;

        @Override
        public Integer call() {
            WorkingCalendar calendar = calendar();
            WorkingDayShift shift = calendar.explainShift(known("DATE", date), n);
            PrintWriter out = spec.commandLine().getOut();
            out.println(shift);
            out.println("on the " + calendar.name() + " calendar, bank holidays published through "
                    + calendar.confirmedThrough());
            out.println();
            out.println("  " + dayLabel(date) + "  day 0, counted from");
            int step = n >= 0 ? 1 : -1;
            int counted = 0;
            for (LocalDate day = date.plusDays(step); counted < Math.abs(n); day = day.plusDays(step)) {
                if (calendar.isWorkingDay(day)) {
                    counted++;
                    out.println("  " + dayLabel(day) + "  " + step * counted + (counted == Math.abs(n) ? "  = the result" : ""));
                } else {
                    out.println("  " + dayLabel(day) + "  skipped: " + calendar.nonWorkingDay(day).orElseThrow().name());
                }
            }
            out.println();
            out.println(skippedSummary(shift));
            if (shift.provisional()) {
                out.println("Provisional: this depends on days after " + calendar.confirmedThrough()
                        + ", beyond the published bank holidays; a holiday proclaimed later would change it.");
            }
            return ExitCode.OK;
        }

        private static String skippedSummary(WorkingDayShift shift) {
            List<NonWorkingDay> skipped = shift.skippedDays();
            if (skipped.isEmpty()) {
                return "Skipped no days.";
            }
            long weekendDays = skipped.stream().filter(day -> day.kind() == NonWorkingDay.Kind.WEEKEND).count();
            List<String> parts = new java.util.ArrayList<>();
            shift.skippedHolidays().forEach(day -> parts.add(day.toString()));
            if (weekendDays > 0) {
                parts.add(weekendDays + (weekendDays == 1 ? " weekend day" : " weekend days"));
            }
            return "Skipped " + skipped.size() + (skipped.size() == 1 ? " day: " : " days: ") + String.join(", ", parts) + ".";
        }

        private static String dayLabel(LocalDate day) {
            return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + day;
        }
    }
}
