package org.duly.cli.handbook;

import java.util.List;
import org.duly.workflows.policy.Basis;
import org.duly.workflows.policy.Citation;

/**
 * The catalogue in markdown: each rule as one block, shared by {@code duly rules --format md} and
 * the handbook.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CatalogueMarkdown {

    private CatalogueMarkdown() {
    }

    /**
     * Every rule of the catalogue in the policy's order, one section each: what {@code duly rules}
     * prints by default.
     *
     * <p>Example:
     * <pre>{@code
     * String markdown = CatalogueMarkdown.rules(Catalogue.of(DerbyshirePracticeStandards.policy()));
     * assertThat(markdown).contains("## cp.icpc: Initial child protection conference");
     * }</pre>
     *
     * @param catalogue the catalogue
     * @return the markdown document
     */
    public static String rules(Catalogue catalogue) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Markdown.text(catalogue.policy().name() + " " + catalogue.policy().version()))
                .append(": the rules\n\n");
        out.append(catalogue.rules().size()).append(" rules, in the policy's order.\n\n");
        catalogue.rules().forEach(rule -> rule(out, rule, 2));
        return ending(out);
    }

    /**
     * Appends one rule: its heading, spec ids, area and basis, then each version with its English
     * rendering beside the source's own words, the month-end ambiguities and the interpretation notes.
     *
     * @param out where to append
     * @param rule the rule
     * @param level the heading level of the rule: 2 for "##"
     */
    static void rule(StringBuilder out, CatalogueRule rule, int level) {
        out.append("#".repeat(level)).append(' ').append(Markdown.text(rule.heading())).append("\n\n");
        out.append("Spec ids: ").append(Markdown.text(String.join(", ", rule.specIds())))
                .append(" · Area: ").append(Markdown.text(rule.area().title())).append("\n\n");
        if (rule.versions().size() == 1) {
            out.append(Markdown.text(basis(rule.latest().basis()))).append(". In force ")
                    .append(Markdown.text(rule.latest().inForce())).append(".\n\n");
            version(out, rule.latest());
            return;
        }
        out.append("This rule has ").append(rule.versions().size()).append(" versions; each applies to the clocks")
                .append(" started while it was in force.\n\n");
        int number = 1;
        for (CatalogueRule.Version version : rule.versions()) {
            out.append("**Version ").append(number++).append(", ").append(Markdown.text(version.inForce())).append("**")
                    .append(version.label().map(label -> ": " + Markdown.text(label)).orElse("")).append("\n\n");
            // The heading says when the version is in force; the basis may change between versions.
            out.append(Markdown.text(basis(version.basis()))).append(".\n\n");
            version(out, version);
        }
    }

    private static void version(StringBuilder out, CatalogueRule.Version version) {
        Citation citation = version.citation();
        out.append("| Duly reads it as | The source says |\n");
        out.append("| --- | --- |\n");
        out.append("| ").append(Markdown.text(version.inEnglish()))
                .append(" | “").append(Markdown.text(citation.words())).append("” (")
                .append(Markdown.text(citation.document())).append(", ").append(Markdown.text(citation.section()))
                .append(") |\n\n");
        out.append(Markdown.text("In a case file: ")).append(version.inACaseFile().markdown()).append(".\n\n");
        list(out, "Month-end ambiguities: counting months from these days reaches a day the month lacks",
                version.monthEndAmbiguities());
        list(out, "Interpretation notes", version.interpretations());
    }

    private static void list(StringBuilder out, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append(Markdown.text(heading)).append(":\n\n");
        items.forEach(item -> out.append("- ").append(Markdown.text(item)).append('\n'));
        out.append('\n');
    }

    /**
     * The document with one line break at its end, however many blank lines the last block left.
     *
     * @param out the document
     * @return the document as text
     */
    static String ending(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end) + "\n";
    }

    /** The basis with its first letter capital: "Statutory: ..." or "Local practice standard". */
    private static String basis(Basis basis) {
        String words = basis.inWords();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
