package org.duly.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.duly.casefile.CaseFile;
import org.duly.casefile.CaseFileWriter;
import org.duly.cli.report.Progress;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.domain.CaseTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code duly generate}: a synthetic caseload, the same for the same seed: one case file per child in
 * a folder, or, when the output is a {@code .jsonl} file, one case file per line (JSON Lines), written
 * as it goes so that a million children need no more memory than one.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {"Writes a synthetic caseload of invented children.",
            "One case file per child (ids only, no names) in the folder --out names, or one per line when --out is a",
            ".jsonl file (JSON Lines); the same seed always gives the same children. It never writes into a folder",
            "that holds files, or over a file, unless --force is given."})
final class GenerateCommand implements Callable<Integer> {

    /** The most children one run writes as files: enough for a large council, few enough not to fill a folder by a typo. */
    static final int MOST_CASES = 100_000;
    /** The most children one run writes as JSON Lines: a national caseload several times over. */
    static final int MOST_LINES = 10_000_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", defaultValue = "2026", description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--cases", defaultValue = "50", description = "How many children (default: ${DEFAULT-VALUE}).")
    private int cases;

    @Option(names = "--out", required = true, paramLabel = "DIR|FILE.jsonl",
            description = "The folder to write case files into, or a .jsonl file to write one case file per line.")
    private Path out;

    @Option(names = "--schema", paramLabel = "REF",
            description = "A $schema reference to put in each file, relative to it, such as ../case-file.schema.json.")
    private Optional<String> schema;

    @Option(names = "--force", description = "Write into a folder that already holds files, or over an existing file.")
    private boolean force;

    @Override
    public Integer call() {
        boolean lines = CaseFileBatch.isJsonLines(out);
        int most = lines ? MOST_LINES : MOST_CASES;
        if (cases < 1 || cases > most) {
            throw new ParameterException(spec.commandLine(), "--cases must be from 1 to " + most
                    + (lines ? "" : " (" + MOST_LINES + " as JSON Lines)") + ", not " + cases);
        }
        if (lines && schema.isPresent()) {
            throw new ParameterException(spec.commandLine(), "--schema puts a reference in each case file; a .jsonl file has"
                    + " none: leave it out");
        }
        refuseToOverwrite(lines);
        boolean console = Progress.standardErrorIsConsole();
        Writer err = console || cases >= CaseloadCommand.LARGE ? spec.commandLine().getErr() : Writer.nullWriter();
        Progress progress = Progress.to(err, console, cases, "wrote", "case files", System::nanoTime);
        if (lines) {
            writeLines(progress);
        } else {
            OutputFiles.createDirectories(out);
            for (int i = 0; i < cases; i++) {
                CaseTimeline child = SyntheticCases.child(seed, i);
                String name = child.child().id() + ".json";
                OutputFiles.write(out.resolve(name), CaseFileWriter.write(new CaseFile(name, child), schema));
                progress.advance();
            }
        }
        progress.done();
        PrintWriter printed = spec.commandLine().getOut();
        printed.println("wrote " + cases + " synthetic case files to " + out + (lines ? ", one per line" : "") + " (seed "
                + seed + ")");
        return ExitCode.OK;
    }

    private void refuseToOverwrite(boolean lines) {
        if (force) {
            return;
        }
        if (lines && Files.exists(out)) {
            throw new InvalidInputException(out + " exists; give --force to write over it");
        }
        if (!lines && Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new InvalidInputException(out + " already holds files; give an empty or new folder, or --force to"
                            + " write among them");
                }
            } catch (IOException e) {
                throw new InvalidInputException("cannot list " + out + ": " + OutputFiles.why(e));
            }
        }
    }

    private void writeLines(Progress progress) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            OutputFiles.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < cases; i++) {
                CaseTimeline child = SyntheticCases.child(seed, i);
                writer.write(CaseFileWriter.writeLine(new CaseFile(child.child().id(), child)));
                progress.advance();
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + out + ": " + OutputFiles.why(e));
        }
    }
}
