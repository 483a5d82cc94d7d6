package org.duly.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.timescales.Status;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The HTML pages as a real browser renders them: each page is written to a file and loaded by
 * headless Chromium from there, as a user opening the file would. The DOM Chromium builds must
 * hold the timeline's marks and bars and the chart's bars, the screenshot must show the status
 * colours, and the browser's console must report no blocked or failed load.
 */
class HtmlInBrowserTest {

    @TempDir
    Path work;

    @Test
    void the_schedule_page_shows_the_events_and_each_window_coloured_by_status() throws Exception {
        Chromium chromium = Chromium.require();
        Schedule schedule = Cases.schedule();
        Path page = write("schedule.html", ScheduleFormat.HTML.render(Cases.timeline(), schedule));

        Chromium.Result result = chromium.dumpDom(page, work);
        String dom = result.out();

        assertThat(dom).contains("<svg id=\"timeline-chart\"", "<table id=\"entries-table\"");
        // Four events: referral, strategy discussion, the conference and the plan it made.
        assertThat(count(dom, "class=\"event-mark\"")).isEqualTo(Cases.timeline().events().size()).isEqualTo(4);
        List<org.duly.workflows.engine.ScheduleEntry> dated = schedule.entries().stream()
                .filter(entry -> entry.due().isPresent()).toList();
        assertThat(count(dom, "class=\"window-bar ")).isEqualTo(dated.size()).isGreaterThanOrEqualTo(10);
        assertThat(count(dom, "class=\"window-bar status-overdue\""))
                .isEqualTo((int) schedule.summary().count(Status.OVERDUE)).isPositive();
        assertThat(dom).contains("data-rule=\"cp.icpc\" data-status=\"MET_LATE\" data-due=\"2024-04-08\"");
        assertThat(count(dom, "class=\"met-mark\"")).isEqualTo((int) dated.stream().filter(e -> e.metBy().isPresent()).count());
        long statuses = dated.stream().map(org.duly.workflows.engine.ScheduleEntry::status).distinct().count();
        // The statuses, event, met on, due date, as-of date, and (as some entry is overdue) how far overdue.
        assertThat(count(dom, "class=\"legend-item\"")).isEqualTo((int) statuses + 5);
        assertThat(count(dom, "class=\"late-run\"")).isEqualTo((int) schedule.summary().count(Status.OVERDUE));
        assertThat(count(dom, "<tr class=\"entry\">")).isEqualTo(schedule.entries().size());
        assertThat(result.consoleMessages()).isEmpty();

        BufferedImage shot = ImageIO.read(chromium.screenshot(page, work, 1100, 900).toFile());
        assertThat(pixels(shot, Page.colour(Status.OVERDUE))).isGreaterThan(200);
        assertThat(pixels(shot, Page.colour(Status.MET))).isGreaterThan(200);
        assertThat(pixels(shot, Page.colour(Status.MET_LATE))).isGreaterThan(200);
        assertThat(pixels(shot, Page.colour(Status.UPCOMING))).isGreaterThan(200);
    }

    @Test
    void the_caseload_page_shows_a_bar_per_rule_and_a_stacked_bar_per_area() throws Exception {
        Chromium chromium = Chromium.require();
        List<Schedule> schedules = SyntheticCases.caseload(2026L, 20).stream()
                .map(timeline -> Engine.create().evaluate(timeline, DerbyshirePracticeStandards.policy(),
                        LocalDate.parse("2025-06-30")))
                .toList();
        Path page = write("caseload.html", CaseloadFormat.HTML.render(schedules));

        Chromium.Result result = chromium.dumpDom(page, work);
        String dom = result.out();

        int rules = org.duly.workflows.engine.ScheduleSummary.of(schedules).timeliness().size();
        assertThat(rules).isGreaterThan(10);
        assertThat(dom).contains("<svg id=\"timeliness-chart\"", "<svg id=\"area-chart\"", "<table id=\"overdue-table\"");
        assertThat(count(dom, "class=\"timeliness-bar ")).isEqualTo(rules);
        // Each bar is coloured by how good its share is, and the legend says what each colour means.
        Matcher bar = Pattern.compile("class=\"timeliness-bar (band-[a-z]+)\" data-rule=\"[^\"]+\" data-share=\"([0-9.]+)\"[^>]* fill=\"(#[0-9a-f]+)\"")
                .matcher(dom);
        java.util.Set<CaseloadHtml.Band> bands = java.util.EnumSet.noneOf(CaseloadHtml.Band.class);
        int bars = 0;
        double previous = 0;
        while (bar.find()) {
            // Worst first: a manager looks for the rules most often late.
            assertThat(Double.parseDouble(bar.group(2))).isGreaterThanOrEqualTo(previous);
            previous = Double.parseDouble(bar.group(2));
            CaseloadHtml.Band band = CaseloadHtml.Band.of(Double.parseDouble(bar.group(2)));
            assertThat(bar.group(1)).isEqualTo(band.cssClass());
            assertThat(bar.group(3)).isEqualTo(band.colour());
            bands.add(band);
            bars++;
        }
        assertThat(bars).isEqualTo(rules);
        assertThat(bands).as("the synthetic caseload has good, fair and poor rules").hasSize(3);
        assertThat(dom).contains(">90% or more on time<", ">70% to under 90%<", ">under 70%<");
        assertThat(count(dom, "class=\"timeliness-row\"")).isEqualTo(rules);
        assertThat(count(dom, "class=\"area-row\"")).isEqualTo(
                org.duly.workflows.engine.ScheduleSummary.of(schedules).countsByArea().size());
        assertThat(count(dom, "class=\"area-segment ")).isGreaterThan(10);
        assertThat(result.consoleMessages()).isEmpty();

        BufferedImage shot = ImageIO.read(chromium.screenshot(page, work, 1100, 1400).toFile());
        // The timeliness bars in their bands' colours: a chart that did not render would leave the page grey and white.
        for (CaseloadHtml.Band band : bands) {
            assertThat(pixels(shot, band.colour())).as(band.name()).isGreaterThan(500);
        }
    }

    @Test
    void the_committed_handbook_shows_every_rule_under_its_area() throws Exception {
        Chromium chromium = Chromium.require();
        // Copied next to the other pages, so the browser reads it from a file as a policy author would.
        Path page = write("handbook.html", Files.readString(Path.of("../docs/handbook.html")));

        Chromium.Result result = chromium.dumpDom(page, work);
        String dom = result.out();

        int rules = DerbyshirePracticeStandards.policy().versionsByRule().size();
        // A heading for each rule, and one for each kind of file in the index of case-file event types.
        assertThat(count(dom, "<h3 id=")).isEqualTo(rules + org.duly.casefile.CaseFileKind.values().length);
        assertThat(DerbyshirePracticeStandards.policy().areas()).hasSize(21);
        for (org.duly.workflows.policy.Area area : DerbyshirePracticeStandards.policy().areas()) {
            assertThat(dom).as(area.title()).contains(area.title());
        }
        assertThat(result.consoleMessages()).isEmpty();
    }

    @Test
    void a_page_that_loads_something_is_caught_by_the_console_check() throws Exception {
        // The check above must be able to fail: the same Content-Security-Policy, one forbidden image.
        Chromium chromium = Chromium.require();
        String html = ScheduleFormat.HTML.render(Cases.timeline(), Cases.schedule())
                .replace("<h1>", "<img src=\"missing.png\" alt=\"\"><h1>");
        Path page = write("broken.html", html);

        assertThat(chromium.dumpDom(page, work).consoleMessages())
                .anySatisfy(message -> assertThat(message).contains("missing.png"));
    }

    @Test
    void the_pages_refer_to_nothing_outside_themselves() {
        // Checked on the source as well: the policy blocks loads, and this keeps the pages from even naming a URL.
        String schedulePage = ScheduleFormat.HTML.render(Cases.timeline(), Cases.schedule());
        String caseloadPage = CaseloadFormat.HTML.render(List.of(Cases.schedule()));
        for (String html : List.of(schedulePage, caseloadPage)) {
            assertThat(html).doesNotContain("http:", "https:", "src=", "href=", "url(", "@import", "<script", "<link");
        }
    }

    @Test
    void a_browser_is_found_on_the_path_by_any_of_its_names() throws IOException {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path browser = Files.writeString(bin.resolve("chromium-browser"), "#!/bin/sh\n");
        browser.toFile().setExecutable(true);

        assertThat(Chromium.find(work.resolve("nothing-here") + java.io.File.pathSeparator + bin)).contains(browser);
        assertThat(Chromium.find(work.resolve("nothing-here").toString())).isEmpty();
        assertThat(Chromium.find("")).isEmpty();
    }

    @Test
    void without_a_browser_the_tests_are_skipped_unless_one_is_required() {
        String nowhere = work.resolve("nothing-here").toString();
        assertThatThrownBy(() -> Chromium.require(nowhere, null)).isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Chromium.require(nowhere, "0")).isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Chromium.require(nowhere, "1")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("DULY_REQUIRE_BROWSER=1");
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(work.resolve(name), html, StandardCharsets.UTF_8);
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** How many pixels are within a small distance of a colour (antialiasing aside). */
    private static int pixels(BufferedImage image, String hex) {
        int target = Integer.parseInt(hex.substring(1), 16);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int dr = ((rgb >> 16) & 0xff) - ((target >> 16) & 0xff);
                int dg = ((rgb >> 8) & 0xff) - ((target >> 8) & 0xff);
                int db = (rgb & 0xff) - (target & 0xff);
                if (Math.abs(dr) + Math.abs(dg) + Math.abs(db) <= 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
