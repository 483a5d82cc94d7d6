package org.duly.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation's Java compiles as printed: every Java block of the README, the design notes and
 * the policy authors' guide, and every Javadoc example of the DSL's entry points. An example that
 * drifts from the API fails here, not in a reader's editor.
 */
class DocumentationCompilesTest {

    /** The repository's root, from this module's directory, where Maven runs its tests. */
    private static final Path ROOT = Path.of("..");

    static final List<String> MARKDOWN = List.of("README.md", "docs/DESIGN.md", "examples/POLICY-AUTHORS.md");

    /** The DSL's entry points: where a policy author starts. */
    static final List<String> ENTRY_POINTS = List.of(
            "timescales/src/main/java/org/duly/timescales/Timescales.java",
            "timescales/src/main/java/org/duly/timescales/period/Periods.java",
            "workflows/src/main/java/org/duly/workflows/policy/Rules.java",
            "workflows/src/main/java/org/duly/workflows/policy/Policy.java");

    private static String report(Map<Snippets.Snippet, String> failures) {
        return failures.entrySet().stream().map(failure -> failure.getKey() + "\n" + failure.getKey().code().strip()
                + "\n" + failure.getValue()).collect(Collectors.joining("\n"));
    }

    @Test
    void every_java_block_of_the_markdown_compiles(@TempDir Path output) {
        List<Snippets.Snippet> snippets = new ArrayList<>();
        MARKDOWN.forEach(file -> snippets.addAll(Snippets.markdown(ROOT, file)));
        assertThat(snippets).hasSizeGreaterThan(10);
        Map<Snippets.Snippet, String> failures = new java.util.LinkedHashMap<>(Snippets.failures(snippets, output));
        // A guide may show an excerpt of a compiled example it links to: it must be that file's code.
        failures.keySet().removeIf(snippet -> Snippets.isExcerpt(ROOT, snippet));
        assertThat(failures).as(() -> report(failures)).isEmpty();
    }

    @Test
    void an_excerpt_must_be_the_linked_files_code() {
        String source = "examples/src/main/java/org/duly/examples/policyauthors/StricterVisits.java";
        Snippets.Snippet excerpt = new Snippets.Snippet("examples/POLICY-AUTHORS.md", 1,
                "private static final Policy POLICY = DerbyshirePracticeStandards.policy()\n...\n        .build();\n", List.of(source));
        assertThat(Snippets.isExcerpt(ROOT, excerpt)).isTrue();
        Snippets.Snippet drifted = new Snippets.Snippet("examples/POLICY-AUTHORS.md", 1,
                "private static final Policy POLICY = DerbyshirePracticeStandards.policy().rename()\n", List.of(source));
        assertThat(Snippets.isExcerpt(ROOT, drifted)).isFalse();
    }

    @Test
    void every_javadoc_example_of_the_dsl_entry_points_compiles(@TempDir Path output) {
        List<Snippets.Snippet> snippets = new ArrayList<>();
        ENTRY_POINTS.forEach(file -> snippets.addAll(Snippets.javadoc(ROOT, file)));
        assertThat(snippets).hasSizeGreaterThan(60);
        Map<Snippets.Snippet, String> failures = Snippets.failures(snippets, output);
        assertThat(failures).as(() -> report(failures)).isEmpty();
    }

    /** The DSL's own examples need nothing but the DSL and the vocabulary: they run, and what they assert must hold. */
    static final List<String> RUNNABLE = List.of(
            "timescales/src/main/java/org/duly/timescales/Timescales.java",
            "timescales/src/main/java/org/duly/timescales/period/Periods.java");

    @Test
    void the_dsl_examples_say_what_the_dsl_does(@TempDir Path output) {
        List<Snippets.Snippet> snippets = new ArrayList<>();
        RUNNABLE.forEach(file -> snippets.addAll(Snippets.javadoc(ROOT, file)));
        assertThat(Snippets.failures(snippets, output)).isEmpty();
        List<String> wrong = new ArrayList<>();
        for (Snippets.Snippet snippet : snippets) {
            Snippets.run(snippet, output).ifPresent(failure -> wrong.add(snippet + "\n" + snippet.code().strip() + "\n  "
                    + failure.toString().lines().collect(Collectors.joining("\n  "))));
        }
        assertThat(wrong).as(() -> String.join("\n\n", wrong)).isEmpty();
    }

    @Test
    void the_readme_programs_print_what_the_readme_shows(@TempDir Path output) throws Exception {
        List<Snippets.Program> programs = Snippets.programs(ROOT, "README.md");
        assertThat(programs).extracting(Snippets.Program::className).containsExactly("ScheduleACase", "WriteARule");
        assertThat(Snippets.failuresAs(programs.stream().map(Snippets.Program::snippet).toList(), Snippets.Form.UNIT, output))
                .isEmpty();
        for (Snippets.Program program : programs) {
            assertThat(Snippets.print(program, output)).as(program.snippet().toString()).isEqualTo(program.prints());
        }
    }

    @Test
    void an_example_that_does_not_compile_is_caught(@TempDir Path output) {
        List<Snippets.Snippet> wrong = List.of(new Snippets.Snippet("README.md", 1, "Schedule s = Engine.evaluateEverything();\n"),
                new Snippets.Snippet("README.md", 2, "within(workingDays(15)).of(NO_SUCH_EVENT);\n"));
        assertThat(Snippets.failures(wrong, output)).hasSize(2);
        List<Snippets.Snippet> right = List.of(new Snippets.Snippet("README.md", 3,
                "Timescale icpc = within(workingDays(15)).of(STRATEGY_DISCUSSION);\n"));
        assertThat(Snippets.failures(right, output)).isEmpty();
    }
}
