package org.duly.policies.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every scenario of the two policy audits that its issue has fixed is reproduced by a row of a rule
 * table, which ends its why cell with {@code (audit A-S4a)}: the list of scenarios and the issue that
 * fixes each are in {@code audit-scenarios.tsv}, beside this test. A row citing an id the list does
 * not have is a typo, and fails too.
 */
class AuditScenarioCoverageTest {

    /** The issues whose scenarios must each have a row: every scenario of both audits has one now. */
    private static final Set<String> DONE = Set.of("12", "13");

    private static final Pattern CITATION = Pattern.compile("\\(audit ((?:[AB]-[A-Za-z0-9]+)(?:,? (?:and )?[AB]-[A-Za-z0-9]+)*)\\)");
    private static final Pattern ID = Pattern.compile("[AB]-[A-Za-z0-9]+");

    /** Each scenario id with the issue that fixes it, in the file's order. */
    static Map<String, String> scenarios() throws IOException {
        Map<String, String> issues = new LinkedHashMap<>();
        try (var in = AuditScenarioCoverageTest.class.getResourceAsStream("/audit-scenarios.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    issues.put(cells[0], cells[1]);
                }
            }
        }
        return issues;
    }

    /** Each id cited by a row of this module's tests, with the files that cite it. */
    static Map<String, Set<String>> citations() throws IOException {
        Map<String, Set<String>> cited = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher citation = CITATION.matcher(Files.readString(file));
                while (citation.find()) {
                    Matcher id = ID.matcher(citation.group(1));
                    while (id.find()) {
                        cited.computeIfAbsent(id.group(), key -> new TreeSet<>()).add(file.getFileName().toString());
                    }
                }
            }
        }
        return cited;
    }

    @Test
    void every_scenario_a_done_issue_fixes_has_a_row() throws IOException {
        Map<String, String> scenarios = scenarios();
        assertThat(scenarios).hasSize(72).containsEntry("A-S4a", "12").containsEntry("B-12d", "13");
        Set<String> cited = citations().keySet();
        Set<String> missing = scenarios.entrySet().stream().filter(scenario -> DONE.contains(scenario.getValue()))
                .map(Map.Entry::getKey).filter(id -> !cited.contains(id)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("audit scenarios fixed by issues %s with no table row citing them", DONE).isEmpty();
    }

    @Test
    void every_cited_scenario_is_one_of_the_audits() throws IOException {
        Set<String> known = scenarios().keySet();
        assertThat(citations().keySet()).as("ids cited in rows but not in audit-scenarios.tsv").isSubsetOf(known);
    }

    @Test
    void a_citation_is_read_in_each_of_its_forms() {
        Matcher one = CITATION.matcher("a resolution stops the clock (audit B-5)");
        assertThat(one.find()).isTrue();
        assertThat(one.group(1)).isEqualTo("B-5");
        Matcher two = CITATION.matcher("one clock per enquiry (audit A-S4a, A-S11)");
        assertThat(two.find()).isTrue();
        assertThat(ID.matcher(two.group(1)).results().map(match -> match.group()).toList()).containsExactly("A-S4a", "A-S11");
        assertThat(CITATION.matcher("(audit: see A-S4a)").find()).isFalse();
    }
}
