package org.duly.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.duly.casefile.CaseFileSpelling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duly validate FILES...}: every problem in every case file, or one OK line per file. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Checks case files: OK, or every problem with where it is.",
            "Prints one OK line per good file, and every problem in the others, each as",
            "file:line:column: what was wrong and what was expected. A bad file never stops the others."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files (*.json, or *.jsonl with one case file per line), or directories of them.")
    private List<Path> files;

    @Override
    public Integer call() {
        CaseFileBatch batch = CaseFileBatch.expanding(files);
        PrintWriter out = spec.commandLine().getOut();
        // Read on every processor; the OK lines come in the files' order all the same.
        batch.forEachCase(Runtime.getRuntime().availableProcessors(), "checking", caseFile -> {
            // A JSON Lines file's case files are named by their line: "caseload.jsonl:12: OK (...)".
            int events = caseFile.journey().marks().size();
            return caseFile.source() + ": OK (" + CaseFileSpelling.words(caseFile.kind()) + " " + caseFile.subjectId() + ", "
                    + events + (events == 1 ? " event)" : " events)");
        }, out::println, bytes -> { });
        out.flush();
        batch.throwIfProblems("");
        return ExitCode.OK;
    }
}
