package org.duly.cli;

import java.util.concurrent.Callable;
import org.duly.casefile.CaseFileSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code duly schema}: the JSON Schema of case files. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema of case files.",
            "The repository keeps it at " + CaseFileSchema.COMMITTED + "."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(CaseFileSchema.json());
        return ExitCode.OK;
    }
}
