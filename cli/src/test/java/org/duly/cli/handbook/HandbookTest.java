package org.duly.cli.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.policy.Area;
import org.junit.jupiter.api.Test;

/**
 * The handbook: the committed {@code docs/handbook.md} and {@code docs/handbook.html} are what the
 * catalogue generates today, and they say what a policy author needs, area by area.
 */
class HandbookTest {

    private static final Catalogue CATALOGUE = Catalogue.of(DerbyshirePracticeStandards.policy());
    private static final String MARKDOWN = Handbook.markdown(CATALOGUE);
    private static final String HTML = Handbook.html(CATALOGUE);

    @Test
    void the_committed_markdown_handbook_is_up_to_date_with_the_catalogue() {
        assertCommitted("docs/" + Handbook.MARKDOWN_FILE, MARKDOWN);
    }

    @Test
    void the_committed_html_handbook_is_up_to_date_with_the_catalogue() {
        assertCommitted("docs/" + Handbook.HTML_FILE, HTML);
    }

    /** Fails with the first line that differs and the command that brings the file up to date, not with two 100 kB strings. */
    private static void assertCommitted(String path, String generated) {
        if (!Files.isRegularFile(Repository.root().resolve(path))) {
            fail(path + " is missing: generate it from the repository's root with " + Handbook.REGENERATE);
        }
        String committed = Repository.read(path);
        if (committed.equals(generated)) {
            return;
        }
        List<String> old = committed.lines().toList();
        List<String> now = generated.lines().toList();
        int line = 0;
        while (line < old.size() && line < now.size() && old.get(line).equals(now.get(line))) {
            line++;
        }
        fail(path + " is out of date with the catalogue: regenerate it from the repository's root with "
                + Handbook.REGENERATE + " and commit it.\nFirst difference at line " + (line + 1) + ":\n  committed: "
                + (line < old.size() ? old.get(line) : "(end of file)") + "\n  generated: "
                + (line < now.size() ? now.get(line) : "(end of file)"));
    }

    @Test
    void generating_twice_gives_the_same_text() {
        Catalogue again = Catalogue.of(DerbyshirePracticeStandards.policy());
        assertThat(Handbook.markdown(again)).isEqualTo(MARKDOWN);
        assertThat(Handbook.html(again)).isEqualTo(HTML);
    }

    @Test
    void the_areas_come_in_the_booklets_order_each_with_its_rules() {
        List<String> areaHeadings = MARKDOWN.lines().filter(line -> line.startsWith("## "))
                .map(line -> line.substring(3)).toList();
        List<String> expected = new ArrayList<>();
        for (Area area : DerbyshirePracticeStandards.policy().areas()) {
            if (CATALOGUE.byArea().containsKey(area)) {
                expected.add(Markdown.text(area.title()));
            }
        }
        assertThat(areaHeadings).containsSubsequence(expected);
        assertThat(expected).hasSize(21);
        CATALOGUE.byArea().forEach((area, rules) -> {
            String section = section(MARKDOWN, "## " + Markdown.text(area.title()) + "\n");
            rules.forEach(rule -> assertThat(section).as(area.title()).contains("### " + Markdown.text(rule.heading()) + "\n"));
        });
    }

    @Test
    void every_rule_sets_its_english_rendering_beside_the_booklets_words_and_citation() {
        for (CatalogueRule rule : CATALOGUE.rules()) {
            String section = section(MARKDOWN, "### " + Markdown.text(rule.heading()) + "\n");
            for (CatalogueRule.Version version : rule.versions()) {
                assertThat(section).as(rule.id()).contains("| " + Markdown.text(version.inEnglish()) + " | “"
                        + Markdown.text(version.citation().words()) + "” (" + Markdown.text(version.citation().document())
                        + ", " + Markdown.text(version.citation().section()) + ") |");
                version.interpretations().forEach(note -> assertThat(section).as(rule.id()).contains("- " + Markdown.text(note)));
                version.monthEndAmbiguities().forEach(ambiguity -> assertThat(section).as(rule.id())
                        .contains("- " + Markdown.text(ambiguity)));
            }
        }
    }

    @Test
    void month_end_ambiguities_are_shown_where_a_rule_counts_months() {
        String reviews = section(MARKDOWN, "### lac.reviews: Looked after reviews\n");
        assertThat(reviews).contains("Month-end ambiguities", "31 August + 6 months = 28 February (29 in a leap year)");
        String icpc = section(MARKDOWN, "### cp.icpc: Initial child protection conference\n");
        assertThat(icpc).doesNotContain("Month-end ambiguities");
    }

    @Test
    void the_index_lists_every_spec_id_of_the_booklet() {
        String index = section(MARKDOWN, "## " + Handbook.INDEX + "\n");
        Set<String> listed = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| ([A-Z]+-[0-9]+) \\|").matcher(index);
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertThat(listed).containsExactlyElementsOf(Repository.specIds());
    }

    @Test
    void the_html_page_is_self_contained_and_its_links_reach_its_headings() {
        assertThat(HTML).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n")
                .contains("<title>Derbyshire practice standards: the policy handbook</title>", "<style>")
                .doesNotContain("<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "http://", "https://");
        Set<String> ids = matches(HTML, "id=\"([^\"]+)\"");
        Set<String> targets = matches(HTML, "href=\"#([^\"]+)\"");
        assertThat(matches(HTML, "href=\"([^#\"][^\"]*)\"")).as("links out of the page").isEmpty();
        assertThat(ids).containsAll(targets);
        assertThat(targets).hasSizeGreaterThan(CATALOGUE.rules().size());
        assertThat(HTML).contains("<h2 id=\"child-protection\">Child Protection</h2>",
                "<h3 id=\"cpicpc-initial-child-protection-conference\">", "<th>Duly reads it as</th>");
    }

    @Test
    void the_markdown_links_reach_its_headings_as_github_anchors_them() {
        Set<String> anchors = new LinkedHashSet<>();
        MARKDOWN.lines().filter(line -> line.startsWith("#"))
                .forEach(line -> anchors.add(Markdown.anchor(line.replaceFirst("^#+ ", "").replaceAll("\\\\(.)", "$1"))));
        assertThat(anchors).containsAll(matches(MARKDOWN, "\\]\\(#([^)]+)\\)"));
    }

    /** The part of a document from a heading up to the next heading of the same or a higher level. */
    private static String section(String document, String heading) {
        int start = document.indexOf(heading);
        assertThat(start).as("heading " + heading.strip()).isNotNegative();
        String level = heading.substring(0, heading.indexOf(' '));
        Matcher next = Pattern.compile("(?m)^#{1," + level.length() + "} ").matcher(document);
        int end = next.find(start + heading.length()) ? next.start() : document.length();
        return document.substring(start, end);
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
