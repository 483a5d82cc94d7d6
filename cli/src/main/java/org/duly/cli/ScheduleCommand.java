package org.duly.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.duly.casefile.CaseFile;
import org.duly.cli.report.ScheduleFormat;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duly schedule CASE.json}: every obligation of one case, with its due date, status and explanation. */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = {"Schedules one case: every obligation, its due date, status and why.",
            "Every obligation the policy places on the case file, with its window, due date, status on the as-of",
            "date, the event that met it and the explanation of each date."})
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOption policyOption;

    @Mixin
    private ReportOptions report;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (JSON; see duly schema).")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json, ics (open obligations for a calendar) or html (one page with the timeline)"
                    + " (default: ${DEFAULT-VALUE}).")
    private ScheduleFormat format;

    @Override
    public Integer call() {
        Policy policy = policyOption.policy();
        LocalDate asOf = report.asOf(policy.calendar());
        CaseFileBatch batch = CaseFileBatch.named(List.of(file));
        Optional<CaseFile> caseFile = batch.read(file);
        Optional<Schedule> schedule = caseFile.flatMap(read -> batch.evaluate(read, Engine.create(), policy, asOf));
        batch.throwIfProblems("");
        report.write(spec, format.render(caseFile.orElseThrow().journey(), schedule.orElseThrow()), format.mediaType());
        return ExitCode.OK;
    }
}
