package org.duly.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.duly.casefile.CaseFileSpelling;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duly validate FILES...}: every problem in every case file, or one OK line per file. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Checks case files: OK, or every problem with where it is.",
            "Prints one OK line per good file, and every problem in the others, each as",
            "file:line:column: what was wrong and what was expected. A bad file never stops the others.",
            "With --as-of, each good file is also scheduled, and every obligation that cannot be computed on that",
            "date (a fact missing, such as a time) is a warning after its OK line."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files (*.json, or *.jsonl with one case file per line), or directories of them.")
    private List<Path> files;

    @Mixin
    private PolicyOption policyOption;

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDates.class,
            description = "Also schedule each good file on DATE, YYYY-MM-DD, and warn of every obligation that cannot be"
                    + " computed (findings P7: a file could pass while its schedule could not say what was due).")
    private Optional<LocalDate> asOf;

    @Override
    public Integer call() {
        Policy policy = policyOption.policy();
        Optional<LocalDate> scheduledOn = asOf.map(date -> IsoDates.inRange("--as-of", date, policy.calendar()));
        CaseFileBatch batch = CaseFileBatch.expanding(files);
        PrintWriter out = spec.commandLine().getOut();
        Engine engine = Engine.create();
        // Read on every processor; the OK lines come in the files' order all the same.
        batch.forEachCase(Runtime.getRuntime().availableProcessors(), "checking", caseFile -> {
            // A JSON Lines file's case files are named by their line: "caseload.jsonl:12: OK (...)".
            int events = caseFile.journey().marks().size();
            StringBuilder lines = new StringBuilder(caseFile.source()).append(": OK (").append(CaseFileSpelling.words(caseFile.kind()))
                    .append(' ').append(caseFile.subjectId()).append(", ").append(events).append(events == 1 ? " event)" : " events)");
            scheduledOn.ifPresent(date -> {
                for (ScheduleEntry entry : caseFile.evaluate(engine, policy, date).entries()) {
                    if (entry.status() == Status.CANNOT_COMPUTE) {
                        lines.append('\n').append(caseFile.source()).append(": warning: ").append(entry.rule().id()).append(" #")
                                .append(entry.label()).append(" cannot be computed on ").append(date)
                                .append(entry.reason().map(reason -> ": " + reason).orElse(""));
                    }
                }
            });
            return lines.toString();
        }, out::println, bytes -> { });
        out.flush();
        batch.throwIfProblems("");
        return ExitCode.OK;
    }
}
