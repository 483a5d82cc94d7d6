package org.duly.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.duly.cli.handbook.Catalogue;
import org.duly.cli.handbook.Handbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code duly handbook --out DIR}: writes the policy handbook, in markdown and in HTML. */
@Command(
        name = "handbook",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the policy handbook, in markdown and in HTML.",
            "It goes to DIR/" + Handbook.MARKDOWN_FILE + " and DIR/" + Handbook.HTML_FILE + ": every"
                    + " rule, area by area, its English rendering beside the source's own words, with its month-end"
                    + " ambiguities, interpretation notes and spec ids, and an index of spec ids.",
            "The repository's handbook is regenerated, from its root, with: " + Handbook.REGENERATE
        })
final class HandbookCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOption policyOption;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The directory to write the handbook to; created if it does not exist.")
    private Path out;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.of(policyOption.policy());
        PrintWriter stdout = spec.commandLine().getOut();
        OutputFiles.createDirectories(out);
        write(out.resolve(Handbook.MARKDOWN_FILE), Handbook.markdown(catalogue), stdout);
        write(out.resolve(Handbook.HTML_FILE), Handbook.html(catalogue), stdout);
        return ExitCode.OK;
    }

    private static void write(Path file, String text, PrintWriter stdout) {
        OutputFiles.write(file, text);
        stdout.println("wrote " + file);
    }
}
