package org.duly.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.duly.casefile.CaseFile;
import org.duly.casefile.CaseFileWriter;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.domain.CaseTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code duly generate}: a synthetic caseload as case files, the same for the same seed. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {"Writes a synthetic caseload of invented children.",
            "One case file per child (ids only, no names); the same seed always gives the same files."})
final class GenerateCommand implements Callable<Integer> {

    /** The most children one run writes: enough for any benchmark, few enough not to fill a disk by a typo. */
    static final int MOST_CASES = 100_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", defaultValue = "2026", description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--cases", defaultValue = "50", description = "How many children (default: ${DEFAULT-VALUE}).")
    private int cases;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write into.")
    private Path out;

    @Option(names = "--schema", paramLabel = "REF",
            description = "A $schema reference to put in each file, relative to it, such as ../case-file.schema.json.")
    private Optional<String> schema;

    @Override
    public Integer call() {
        if (cases < 1 || cases > MOST_CASES) {
            throw new ParameterException(spec.commandLine(), "--cases must be from 1 to " + MOST_CASES + ", not " + cases);
        }
        OutputFiles.createDirectories(out);
        for (int i = 0; i < cases; i++) {
            CaseTimeline child = SyntheticCases.child(seed, i);
            String name = child.child().id() + ".json";
            OutputFiles.write(out.resolve(name), CaseFileWriter.write(new CaseFile(name, child), schema));
        }
        PrintWriter printed = spec.commandLine().getOut();
        printed.println("wrote " + cases + " synthetic case files to " + out + " (seed " + seed + ")");
        return ExitCode.OK;
    }
}
