package org.duly.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options every report shares: {@code --as-of DATE} (today in England by default) and
 * {@code --out FILE} (standard output by default).
 */
final class ReportOptions {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDates.class,
            description = "The date to judge statuses on, YYYY-MM-DD (default: today in England).")
    private Optional<LocalDate> asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE, not to standard output.")
    private Optional<Path> out;

    /** The as-of date: the option, or today in England (the command line may read the clock; the engine never does). */
    LocalDate asOf() {
        return asOf.orElseGet(() -> LocalDate.now(ENGLAND));
    }

    /** Writes the report where the user asked. */
    void write(CommandSpec spec, String report) {
        if (out.isEmpty()) {
            spec.commandLine().getOut().print(report);
            return;
        }
        try {
            Files.writeString(out.get(), report);
        } catch (IOException e) {
            throw new InvalidInputException(out.get() + ": cannot write the report there (" + e.getClass().getSimpleName() + ")");
        }
        spec.commandLine().getErr().println("duly: wrote " + out.get());
    }
}
