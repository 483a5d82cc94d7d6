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

    /** A caseload this large reports its progress even when standard error is a log, not a terminal. */
    static final int LARGE = 1_000;

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
        Policy policy = policyOption.policy();
        LocalDate asOf = report.asOf(policy.calendar());
        int workers = threads.orElse(Runtime.getRuntime().availableProcessors());
        if (workers < 1 || workers > MOST_THREADS) {
            throw new ParameterException(spec.commandLine(), "--threads must be from 1 to " + MOST_THREADS + ", not " + workers);
        }
        CaseFileBatch batch = CaseFileBatch.expanding(files);
        List<Path> named = batch.files();
        boolean console = Progress.standardErrorIsConsole();
        // A JSON Lines file holds an unknown number of cases: then progress counts without a total.
        boolean counted = named.stream().noneMatch(CaseFileBatch::isJsonLines);
        // A log gets progress lines only for a caseload big enough to take a while.
        Writer err = console || !counted || named.size() >= LARGE ? spec.commandLine().getErr() : Writer.nullWriter();
        Progress progress = Progress.to(err, console, counted ? named.size() : -1);
        ScheduleSummary.Builder tally = ScheduleSummary.builder();
        try (Pipeline pipeline = new Pipeline(workers, evaluated -> {
            if (evaluated != null) {
                batch.accept(evaluated).ifPresent(tally::add);
            }
            progress.advance();
        })) {
            Engine engine = Engine.create();
            for (Path file : named) {
                int[] good = {0};
                batch.readEach(file, caseFile -> {
                    good[0]++;
                    pipeline.submit(() -> CaseFileBatch.evaluated(caseFile, engine, policy, asOf));
                });
                if (good[0] == 0) {
                    // A file with no good case still counts as done, in its turn.
                    pipeline.submit(null);
                }
            }
        }
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

    /**
     * Schedules cases on a pool of threads while the caller reads the next ones, and hands each result
     * to one consumer, on the caller's thread, in the order the cases were read: so the report is the
     * same at any number of threads. At most a bounded number of cases are in flight, so memory does
     * not grow with the caseload.
     */
    private static final class Pipeline implements AutoCloseable {
        private final ExecutorService pool;
        private final ArrayDeque<Future<CaseFileBatch.Evaluated>> inFlight =
                new ArrayDeque<>();
        private final Consumer<CaseFileBatch.Evaluated> consumer;
        private final int window;

        Pipeline(int workers, Consumer<CaseFileBatch.Evaluated> consumer) {
            this.consumer = consumer;
            this.window = workers * 64;
            this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, runnable -> {
                Thread thread = new Thread(runnable, "duly-caseload");
                thread.setDaemon(true);
                return thread;
            });
        }

        /** Schedules one case (null: a file that gave no case, which only advances the count in its turn). */
        void submit(Callable<CaseFileBatch.Evaluated> work) {
            if (pool == null) {
                take(CompletableFuture.completedFuture(call(work)));
                return;
            }
            inFlight.add(work == null ? CompletableFuture.completedFuture(null) : pool.submit(work));
            while (inFlight.size() >= window) {
                take(inFlight.poll());
            }
        }

        private static CaseFileBatch.Evaluated call(Callable<CaseFileBatch.Evaluated> work) {
            try {
                return work == null ? null : work.call();
            } catch (Exception e) {
                throw new IllegalStateException("scheduling a case catches its own failures", e);
            }
        }

        private void take(Future<CaseFileBatch.Evaluated> next) {
            CaseFileBatch.Evaluated evaluated;
            try {
                evaluated = next.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scheduling a caseload", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("scheduling a case catches its own failures", e.getCause());
            }
            consumer.accept(evaluated);
        }

        @Override
        public void close() {
            while (!inFlight.isEmpty()) {
                take(inFlight.poll());
            }
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
