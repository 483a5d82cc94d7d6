package org.duly.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.duly.cli.report.CsvTable;
import org.duly.timescales.calendar.WorkingCalendar;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options every report shares: {@code --as-of DATE} (today in England by default; a date outside
 * the policy's calendar is an input error), {@code --out FILE} (standard output by default; the
 * folders it is in are created) and {@code --excel} (a CSV for Excel: see {@link ExcelOption}).
 */
final class ReportOptions {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDates.class,
            description = "The date to judge statuses on, YYYY-MM-DD (default: today in England).")
    private Optional<LocalDate> asOf;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE, not to standard output (its folder is created if need be).")
    private Optional<Path> out;

    @Mixin
    private ExcelOption excel;

    /**
     * The as-of date: the option, or today in England (the command line may read the clock; the engine
     * never does). Statuses such as "due soon" count working days from it, so it must be a day the
     * calendar knows.
     *
     * @throws InvalidInputException if the date is outside the calendar's supported range
     */
    LocalDate asOf(WorkingCalendar calendar) {
        return IsoDates.inRange("--as-of", asOf.orElseGet(() -> LocalDate.now(ENGLAND)), calendar);
    }

    /**
     * Writes the report where the user asked; a CSV report (media type {@code text/csv}) after a
     * byte-order mark with {@code --excel}, which any other report refuses.
     */
    void write(CommandSpec spec, String report, String mediaType) {
        write(spec, "text/csv".equals(mediaType) ? excel.csv(report) : excel.notCsv(report));
    }

    /**
     * Writes a CSV table where the user asked, row by row as it is formatted (after a byte-order mark
     * with {@code --excel}): a national caseload's overdue list is never one string.
     */
    void write(CommandSpec spec, CsvTable table) {
        writeText(spec, excel.csv(table));
    }

    /**
     * Refuses {@code --excel} before any work when the report will not be CSV: a caseload could take
     * minutes to read before saying so.
     *
     * @param mediaType the media type of the report to come
     */
    void refuseExcelUnless(String mediaType) {
        if (!"text/csv".equals(mediaType)) {
            excel.notCsv("");
        }
    }

    /** The {@code --out} option's path, if given. */
    Optional<Path> out() {
        return out;
    }

    /** The {@code --excel} option, for a command that writes CSV files of its own (each through {@link ExcelOption#csv}). */
    ExcelOption excel() {
        return excel;
    }

    private void write(CommandSpec spec, String report) {
        writeText(spec, writer -> writer.write(report));
    }

    /** Writes a report to standard output, or to the {@code --out} file, saying so. */
    private void writeText(CommandSpec spec, OutputFiles.Text report) {
        if (out.isEmpty()) {
            PrintWriter stdout = spec.commandLine().getOut();
            try {
                report.writeTo(stdout);
            } catch (IOException e) {
                throw new UncheckedIOException("a print writer reports no I/O error", e);
            }
            stdout.flush();
            return;
        }
        OutputFiles.write(out.get(), report);
        spec.commandLine().getErr().println("duly: wrote " + out.get());
    }
}
