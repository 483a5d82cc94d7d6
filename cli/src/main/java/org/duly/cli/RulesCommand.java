package org.duly.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import org.duly.cli.handbook.Catalogue;
import org.duly.cli.handbook.CatalogueCsv;
import org.duly.cli.handbook.CatalogueJson;
import org.duly.cli.handbook.CatalogueMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code duly rules}: the catalogue of a policy, rule by rule, as markdown, CSV or JSON. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the catalogue: every rule of a policy, in English beside the source's own words.",
            "The rules come in the policy's order: for each rule its id, spec ids, title and area,"
                    + " and for each version of it the clocks it applies to, the rule in English (the timescale, what"
                    + " meets it, when it applies), the source's own words and section, whether it is statutory (the"
                    + " instrument and provision) or a local practice standard, the month-end ambiguities and the"
                    + " interpretation notes.",
            "CSV (RFC 4180) has a header and a record per version of each rule; JSON has the policy and its rules."
        })
final class RulesCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        md(CatalogueMarkdown::rules),
        csv(CatalogueCsv::of),
        json(CatalogueJson::of);

        private final Function<Catalogue, String> writer;

        Format(Function<Catalogue, String> writer) {
            this.writer = writer;
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOption policyOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "The output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private ExcelOption excel;

    @Override
    public Integer call() {
        String text = format.writer.apply(Catalogue.of(policyOption.policy()));
        spec.commandLine().getOut().print(format == Format.csv ? excel.csv(text) : excel.notCsv(text));
        return ExitCode.OK;
    }
}
