package org.duly.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.duly.casefile.CaseFile;
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
            "obligations by days overdue, and each rule's timeliness (the share met on time)."})
final class CaseloadCommand implements Callable<Integer> {

    /** A caseload this large reports its progress even when standard error is a log, not a terminal. */
    static final int LARGE = 1_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOption policyOption;

    @Mixin
    private ReportOptions report;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files, or directories of them (*.json).")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or html (one page with charts) (default: ${DEFAULT-VALUE}).")
    private CaseloadFormat format;

    @Override
    public Integer call() {
        List<CaseFile> caseFiles = CaseFileArguments.readAll(CaseFileArguments.expand(files));
        LocalDate asOf = report.asOf();
        Policy policy = policyOption.policy();
        Engine engine = Engine.create();
        boolean console = Progress.standardErrorIsConsole();
        // A log gets progress lines only for a caseload big enough to take a while.
        Writer err = console || caseFiles.size() >= LARGE ? spec.commandLine().getErr() : Writer.nullWriter();
        Progress progress = Progress.to(err, console, caseFiles.size());
        List<Schedule> schedules = new ArrayList<>(caseFiles.size());
        for (CaseFile caseFile : caseFiles) {
            schedules.add(caseFile.evaluate(engine, policy, asOf));
            progress.advance();
        }
        progress.done();
        report.write(spec, format.render(schedules));
        return ExitCode.OK;
    }
}
