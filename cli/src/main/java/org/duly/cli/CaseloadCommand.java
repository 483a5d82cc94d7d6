package org.duly.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.duly.cli.report.CaseloadFormat;
import org.duly.cli.report.Progress;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.ScheduleSummary;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or html (one page with charts) (default: ${DEFAULT-VALUE}).")
    private CaseloadFormat format;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many cases to schedule at once (default: one per processor). The report is the same"
                    + " byte for byte whatever the number.")
    private Optional<Integer> threads;

    @Override
    public Integer call() {
        report.refuseExcelUnless(format.mediaType());
        Policy policy = policyOption.policy();
        LocalDate asOf = report.asOf(policy.calendar());
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
        ScheduleSummary.Builder tally = ScheduleSummary.builder();
        Engine engine = Engine.create();
        // Cases are read and scheduled on every thread; the tally takes them in the caseload's order.
        batch.forEachCase(workers, "scheduling", caseFile -> caseFile.evaluate(engine, policy, asOf), tally::add, progress::advance);
        progress.done();
        // One bad file never costs the rest: the report covers the good ones, and the bad are listed after it.
        if (tally.schedules() > 0) {
            report.write(spec, format.render(tally), format.mediaType());
        }
        batch.throwIfProblems(tally.schedules() == 0 ? "; no report, as no case file could be used"
                : "; skipped " + (batch.bad() == 1 ? "that file" : "those files") + ": the report covers the other "
                        + tally.schedules());
        return ExitCode.OK;
    }

    /** The most threads {@code --threads} takes: far more than any machine Duly runs on needs. */
    static final int MOST_THREADS = 256;
}
