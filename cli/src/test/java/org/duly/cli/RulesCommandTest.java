package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.cli.CommandLineRun.duly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.duly.cli.handbook.CatalogueCsv;
import org.duly.cli.handbook.Repository;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.RuleVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code duly rules} in each format lists every spec id of the booklet's key timescales, and the
 * CSV and JSON read back, with readers that share nothing with the writers, to what the policy says.
 */
class RulesCommandTest {

    private static final Policy POLICY = DerbyshirePracticeStandards.policy();

    /** The spec ids of key-timescales.tsv: CP-1 ... in the booklet's order. */
    private static List<String> specIds;

    @BeforeAll
    static void readTheSpec() {
        specIds = Repository.specIds();
    }

    private static CommandLineRun rules(String... options) {
        List<String> args = new ArrayList<>(List.of("rules"));
        args.addAll(Arrays.asList(options));
        CommandLineRun run = duly(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        return run;
    }

    /** The spec ids in a text, each a whole word: "CP-1" is not found in "CP-10". */
    private static Set<String> specIdsIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String id : specIds) {
            if (Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(id) + "(?![0-9])").matcher(text).find()) {
                found.add(id);
            }
        }
        return found;
    }

    @Test
    void markdown_is_the_default_and_lists_every_spec_id_and_every_rule() {
        String markdown = rules().out();
        assertThat(rules("--format", "md").out()).isEqualTo(markdown);
        assertThat(specIdsIn(markdown)).containsExactlyElementsOf(specIds);
        POLICY.rules().forEach(rule -> assertThat(markdown).contains("## " + rule.id() + ": " + rule.title()));
    }

    @Test
    void markdown_sets_the_english_rendering_beside_the_booklets_words_and_the_citation() {
        String markdown = rules().out();
        assertThat(markdown).contains("""
                ## cp.icpc: Initial child protection conference

                Spec ids: CP-2 · Area: Child Protection
                """);
        String icpc = markdown.substring(markdown.indexOf("## cp.icpc:"));
        icpc = icpc.substring(0, icpc.indexOf("\n## "));
        assertThat(icpc)
                .contains("| Duly reads it as | The source says |")
                .contains("| within 15 working days of the strategy discussion")
                .contains("(Derbyshire Children's Services Practice Standards, Child Protection) |")
                .containsPattern("(?m)^Statutory: .+\\.$");
    }

    @Test
    void csv_reads_back_with_a_header_a_record_per_version_and_every_spec_id() throws IOException {
        String csv = rules("--format", "csv").out();
        assertThat(csv).startsWith(String.join(",", CatalogueCsv.columns()) + "\r\n");
        List<Map<String, String>> records;
        try (MappingIterator<Map<String, String>> reader = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            records = reader.readAll();
        }
        assertThat(records).hasSize(POLICY.versions().size());
        assertThat(records.get(0).keySet()).containsExactlyElementsOf(CatalogueCsv.columns());

        Set<String> listed = new LinkedHashSet<>();
        records.forEach(record -> listed.addAll(List.of(record.get("spec_ids").split(";"))));
        assertThat(listed).containsAll(specIds);

        // Every field survives the quoting: the booklet's own words, commas, quotes and line breaks included.
        int index = 0;
        for (List<RuleVersion> versions : POLICY.versionsByRule()) {
            for (RuleVersion version : versions) {
                Map<String, String> record = records.get(index++);
                assertThat(record.get("rule_id")).isEqualTo(version.rule().id());
                assertThat(record.get("citation_words")).as(version.rule().id()).isEqualTo(version.rule().citation().words());
                assertThat(record.get("citation_section")).isEqualTo(version.rule().citation().section());
                assertThat(record.get("interpretation_notes").lines().toList()).as(version.rule().id())
                        .isEqualTo(version.rule().interpretations().stream().flatMap(String::lines).toList());
                assertThat(record.get("basis")).isIn("statutory", "local practice standard");
                assertThat(record.get("instrument").isEmpty()).isEqualTo(!version.rule().basis().statutory());
                assertThat(record.get("in_english")).startsWith(version.rule().timescale().inWords());
            }
        }
    }

    @Test
    void json_parses_back_to_the_policy_and_its_rules_with_every_spec_id() throws IOException {
        JsonNode json = new ObjectMapper().readTree(rules("--format", "json").out());
        assertThat(json.at("/policy/name").asText()).isEqualTo(POLICY.name());
        assertThat(json.at("/policy/version").asText()).isEqualTo(POLICY.version());
        JsonNode rules = json.get("rules");
        assertThat(rules).hasSize(POLICY.rules().size());

        Set<String> listed = new LinkedHashSet<>();
        rules.forEach(rule -> rule.get("specIds").forEach(id -> listed.add(id.asText())));
        assertThat(listed).containsAll(specIds);

        JsonNode icpc = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("cp.icpc")) {
                icpc = rule;
            }
        }
        assertThat(icpc).isNotNull();
        assertThat(icpc.at("/title").asText()).isEqualTo("Initial child protection conference");
        assertThat(icpc.at("/area/title").asText()).isEqualTo("Child Protection");
        JsonNode version = icpc.at("/versions/0");
        assertThat(version.at("/inEnglish").asText()).startsWith("within 15 working days of the strategy discussion");
        assertThat(version.at("/citation/document").asText()).isEqualTo("Derbyshire Children's Services Practice Standards");
        assertThat(version.at("/citation/words").asText()).isEqualTo(POLICY.rule("cp.icpc").orElseThrow().citation().words());
        assertThat(version.at("/basis/statutory").asBoolean()).isTrue();
        assertThat(version.at("/basis/instrument").asText()).isEqualTo("Working Together to Safeguard Children 2023");
        assertThat(version.at("/interpretationNotes").isArray()).isTrue();
        assertThat(version.at("/monthEndAmbiguities").isArray()).isTrue();
    }

    @Test
    void a_rule_counted_in_months_lists_its_month_end_ambiguities_in_every_format() {
        String ambiguity = "31 August + 6 months = 28 February (29 in a leap year), rounded down to the last day of the month";
        assertThat(rules().out()).contains("- " + ambiguity + "\n");
        assertThat(rules("--format", "csv").out()).contains(ambiguity);
        assertThat(rules("--format", "json").out()).contains("\"" + ambiguity + "\"");
    }

    @Test
    void the_output_is_the_same_on_every_run() {
        for (String format : List.of("md", "csv", "json")) {
            assertThat(rules("--format", format).out()).as(format).isEqualTo(rules("--format", format).out());
        }
    }

    @Test
    void an_unknown_format_is_a_usage_error_naming_the_formats() {
        CommandLineRun run = duly("rules", "--format", "pdf");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--format", "pdf", "md, csv, json").doesNotContain("Exception", "\tat ");
    }
}
