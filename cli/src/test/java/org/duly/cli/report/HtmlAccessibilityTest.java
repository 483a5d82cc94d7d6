package org.duly.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.duly.casefile.CaseFile;
import org.duly.casefile.CaseFileReader;
import org.duly.cli.handbook.Catalogue;
import org.duly.cli.handbook.Handbook;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTML page the command line writes passes axe-core's WCAG 2 A and AA rules in a real browser,
 * and no label of its pictures is cut off at their edges (issue 15): the schedule page of every
 * example case, the caseload page and the handbook.
 */
class HtmlAccessibilityTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-09-10");

    @TempDir
    Path work;

    static Stream<Arguments> pages() throws Exception {
        Stream.Builder<Arguments> pages = Stream.builder();
        try (Stream<Path> files = Files.list(Path.of("../examples/cases"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                CaseFile caseFile = CaseFileReader.read(file).orElseThrow();
                Schedule schedule = caseFile.evaluate(Engine.create(), DerbyshirePracticeStandards.policy(), AS_OF);
                pages.add(Arguments.of("schedule of " + file.getFileName(), ScheduleFormat.HTML.render(caseFile.journey(), schedule)));
            }
        }
        List<org.duly.domain.CaseTimeline> children = SyntheticCases.caseload(2026L, 50);
        List<Schedule> caseload = children.stream()
                .map(timeline -> Engine.create().evaluate(timeline, DerbyshirePracticeStandards.policy(), LocalDate.parse("2025-06-30")))
                .toList();
        pages.add(Arguments.of("caseload", CaseloadFormat.HTML.render(caseload)));
        // With its work tray and each team's and worker's timeliness.
        CaseloadTally tally = CaseloadTally.of(entry -> true, java.util.Optional.of(LocalDate.parse("2025-07-07")));
        for (int i = 0; i < children.size(); i++) {
            tally.add(caseload.get(i), Holder.of(children.get(i).allocation()));
        }
        pages.add(Arguments.of("caseload with a work tray", CaseloadFormat.HTML.render(tally)));
        pages.add(Arguments.of("handbook", Handbook.html(Catalogue.of(DerbyshirePracticeStandards.policy()))));
        return pages.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void the_page_passes_the_wcag_2_a_and_aa_rules_in_the_browser(String name, String html) throws Exception {
        Chromium chromium = Chromium.require();
        Axe axe = Axe.require();

        Axe.Result result = axe.check(chromium, html, work, name.replaceAll("[^a-z0-9.-]+", "-") + ".html");

        assertThat(result.violations()).as(name + ":\n" + result.violations().stream().map(Object::toString)
                .reduce("", (a, b) -> a + b + "\n")).isEmpty();
        assertThat(result.clipped()).as(name + ": labels cut off at the edge of a picture").isEmpty();
    }

    @Test
    void the_checker_finds_what_it_is_there_to_find() throws Exception {
        // The check must be able to fail: grey text on white, an image without alternative text, a form field without a label.
        Chromium chromium = Chromium.require();
        Axe axe = Axe.require();
        String html = ScheduleFormat.HTML.render(Cases.timeline(), Cases.schedule()).replace("<h1>",
                "<p style=\"color:#bbbbbb\">hard to read</p><img src=\"data:,\"><input type=\"text\"><h1>")
                .replace("<g class=\"axis\">", "<text x=\"-40\" y=\"60\">cut off</text><g class=\"axis\">");

        Axe.Result result = axe.check(chromium, html, work, "broken.html");

        assertThat(result.violations()).extracting(Axe.Violation::rule).contains("color-contrast", "image-alt", "label");
        assertThat(result.clipped()).singleElement().asString().startsWith("timeline-chart: \"cut off\" spans -40 to ");
    }
}
