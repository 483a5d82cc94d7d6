package org.duly.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.duly.cli.report.CaseloadFormat;
import org.duly.cli.report.CaseloadTally;
import org.duly.cli.report.CsvTable;
import org.duly.cli.report.Holder;
import org.duly.cli.report.Progress;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duly caseload DIR|FILES...}: how a caseload stands: counts, overdue work, timeliness by rule. */
@Command(
        name = "caseload",
        mixinStandardHelpOptions = true,
        description = {"Reports how a caseload stands: counts, overdue work, timeliness.",
            "Schedules many case files and reports, on the as-of date, counts by status and area, overdue",
            "obligations by days overdue, and each rule's timeliness (the share met on time).",
            "A case file with problems is skipped: its problems are listed after the report on the others, and the",
            "exit code is 1."})
final class CaseloadCommand implements Callable<Integer> {

    /** A caseload of this many files reports its progress even when standard error is a log, not a terminal. */
    static final int LARGE = 1_000;
    /** A caseload of this many bytes (about 3,000 synthetic cases) too. */
    static final long LARGE_BYTES = 10_000_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOption policyOption;

    @Mixin
    private ReportOptions report;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files (*.json, or *.jsonl with one case file per line), or directories of them.")
    private List<Path> files;

    @Mixin
    private CaseloadFilters filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = {"table, csv, json or html (one page with charts) (default: ${DEFAULT-VALUE}).",
                "csv writes one table per file: with --out DIR, every table into DIR (status, areas, overdue, timeliness,"
                        + " teams, workers, due); to standard output or --out FILE.csv, the one --table names."})
    private CaseloadFormat format;

    @Option(names = "--table", paramLabel = "NAME",
            description = "The CSV table to write alone: status, areas, overdue, timeliness, teams, workers or due"
                    + " (default: due with --due-by or --due-within, else overdue).")
    private Optional<String> table;

    @Option(names = "--limit", paramLabel = "N",
            description = "List at most N items of the overdue list and the work tray in a table or a page, saying how many"
                    + " more there are (CSV and JSON list them all).")
    private Optional<Integer> limit;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many cases to schedule at once (default: one per processor). The report is the same"
                    + " byte for byte whatever the number.")
    private Optional<Integer> threads;

    @Override
    public Integer call() {
        report.refuseExcelUnless(format.mediaType());
        if (table.isPresent() && format != CaseloadFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "--table names a CSV table; add --format csv");
        }
        if (table.isPresent() && !TABLES.contains(table.get())) {
            throw new ParameterException(spec.commandLine(), "--table " + Shown.quoted(table.get()) + " is not a table; expected one of: "
                    + String.join(", ", TABLES));
        }
        Policy policy = policyOption.policy();
        LocalDate asOf = report.asOf(policy.calendar());
        Optional<LocalDate> dueBy = filters.dueBy(spec, asOf);
        if (table.filter("due"::equals).isPresent() && dueBy.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--table due is the work tray; add --due-by DATE or --due-within N");
        }
        CaseloadTally tally = CaseloadTally.of(filters.entries(spec, policy), dueBy);
        if (limit.isPresent()) {
            if (limit.get() < 1) {
                throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit.get());
            }
            tally.listing(limit.get());
        }
        int workers = threads.orElse(Runtime.getRuntime().availableProcessors());
        if (workers < 1 || workers > MOST_THREADS) {
            throw new ParameterException(spec.commandLine(), "--threads must be from 1 to " + MOST_THREADS + ", not " + workers);
        }
        CaseFileBatch batch = CaseFileBatch.expanding(files);
        boolean console = Progress.standardErrorIsConsole();
        long bytes = batch.totalBytes();
        // A log gets progress lines only for a caseload big enough to take a while.
        Writer err = console || bytes >= LARGE_BYTES || batch.files().size() >= LARGE ? spec.commandLine().getErr() : Writer.nullWriter();
        Progress progress = Progress.ofBytes(err, console, bytes, "evaluated", "cases", System::nanoTime);
        Engine engine = Engine.create();
        long[] read = new long[1];
        // Cases are read and scheduled on every thread; the tally takes them in the caseload's order.
        batch.forEachCase(workers, "scheduling", caseFile -> {
            Holder holder = Holder.of(caseFile.timeline().allocation());
            // A case of another team or worker is not scheduled at all.
            return new Held(holder, filters.covers(holder) ? caseFile.evaluate(engine, policy, asOf) : null);
        }, held -> {
            read[0]++;
            if (held.schedule() != null) {
                tally.add(held.schedule(), held.holder());
            }
        }, progress::advance);
        progress.done();
        // One bad file never costs the rest: the report covers the good ones, and the bad are listed after it.
        if (read[0] > 0) {
            write(tally);
        }
        batch.throwIfProblems(read[0] == 0 ? "; no report, as no case file could be used"
                : "; skipped " + (batch.bad() == 1 ? "that file" : "those files") + ": the report covers the other " + read[0]);
        return ExitCode.OK;
    }

    /** Every CSV table a caseload report can have. */
    private static final List<String> TABLES = List.of("status", "areas", "overdue", "timeliness", "teams", "workers", "due");

    /** A case's schedule (none if the filters leave the case out) with who holds it. */
    private record Held(Holder holder, Schedule schedule) {
    }

    /** The report: CSV tables into a folder, or one table; any other format as one text. */
    private void write(CaseloadTally tally) {
        if (format != CaseloadFormat.CSV) {
            report.write(spec, format.render(tally), format.mediaType());
            return;
        }
        // Worked out once, and written row by row: a national caseload's overdue list is a million rows to sort and write.
        Map<String, CsvTable> tables = CaseloadFormat.csvTables(tally);
        Optional<Path> folder = report.out().filter(path -> !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
        if (folder.isPresent() && table.isEmpty()) {
            for (Map.Entry<String, CsvTable> each : tables.entrySet()) {
                OutputFiles.write(folder.get().resolve(each.getKey() + ".csv"), report.excel().csv(each.getValue()));
            }
            spec.commandLine().getErr().println("duly: wrote " + tables.size() + " tables to " + folder.get() + ": "
                    + String.join(", ", tables.keySet()));
            return;
        }
        report.write(spec, tables.get(table.orElseGet(() -> CaseloadFormat.defaultTable(tables))));
    }

    /** The most threads {@code --threads} takes: far more than any machine Duly runs on needs. */
    static final int MOST_THREADS = 256;
}
