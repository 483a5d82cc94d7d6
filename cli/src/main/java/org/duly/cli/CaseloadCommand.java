package org.duly.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.duly.cli.report.CaseloadFormat;
import org.duly.cli.report.Progress;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Override
    public Integer call() {
        Policy policy = policyOption.policy();
        LocalDate asOf = report.asOf(policy.calendar());
        CaseFileBatch batch = CaseFileBatch.expanding(files);
        List<Path> named = batch.files();
        boolean console = Progress.standardErrorIsConsole();
        // A log gets progress lines only for a caseload big enough to take a while.
        Writer err = console || named.size() >= LARGE ? spec.commandLine().getErr() : Writer.nullWriter();
        Progress progress = Progress.to(err, console, named.size());
        Engine engine = Engine.create();
        List<Schedule> schedules = new ArrayList<>(named.size());
        for (Path file : named) {
            batch.readEach(file, caseFile -> batch.evaluate(caseFile, engine, policy, asOf).ifPresent(schedules::add));
            progress.advance();
        }
        progress.done();
        // One bad file never costs the rest: the report covers the good ones, and the bad are listed after it.
        if (!schedules.isEmpty()) {
            report.write(spec, format.render(schedules));
        }
        batch.throwIfProblems(schedules.isEmpty() ? "; no report, as no case file could be used"
                : "; skipped " + (batch.bad() == 1 ? "that file" : "those files") + ": the report covers the other " + schedules.size());
        return ExitCode.OK;
    }
}
