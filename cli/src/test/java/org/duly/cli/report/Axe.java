package org.duly.cli.report;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * axe-core, Deque's accessibility checker, run inside headless Chromium on a copy of a page: the
 * WCAG 2.0 and 2.1 level A and AA rules, every violation with the elements it found; and, measured in
 * the same page, every text of an SVG picture that reaches past the picture's edges (cut off). axe-core is
 * not a Maven artifact here (no webjar of a recent 4.x resolves from Maven Central); it comes from
 * the npm registry, installed by {@code .ci/run} into {@value #DEFAULT_HOME_PATH} under the user's
 * cache, or named by {@code DULY_AXE_CORE} (the path of {@code axe.min.js}). Without it the tests
 * are skipped, unless {@code DULY_REQUIRE_BROWSER=1}, when they fail, as for the browser itself.
 */
final class Axe {

    /** The version {@code .ci/run} installs. */
    static final String VERSION = "4.14.1";

    static final String DEFAULT_HOME_PATH = "duly/axe-core-" + VERSION + "/node_modules/axe-core/axe.min.js";

    /** The rule sets checked: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Pattern RESULT = Pattern.compile("<pre id=\"axe-result\">(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern CSP = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>");

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** axe-core, or the test is skipped (or failed, when a browser is required). */
    static Axe require() throws IOException {
        String cache = Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).filter(dir -> !dir.isBlank())
                .orElse(System.getProperty("user.home") + "/.cache");
        Path file = Optional.ofNullable(System.getenv("DULY_AXE_CORE")).filter(path -> !path.isBlank()).map(Path::of)
                .orElse(Path.of(cache, DEFAULT_HOME_PATH));
        if (!Files.isRegularFile(file)) {
            if ("1".equals(System.getenv("DULY_REQUIRE_BROWSER"))) {
                fail("DULY_REQUIRE_BROWSER=1 but axe-core is not at " + file + " (.ci/run installs it with npm)");
            }
            assumeTrue(false, "no axe-core at " + file + " (npm install --prefix <cache>/duly/axe-core-" + VERSION
                    + " axe-core@" + VERSION + ", or DULY_AXE_CORE=<path of axe.min.js>)");
        }
        return new Axe(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** One violation: the rule, its impact and help, and the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n    " + String.join("\n    ", nodes);
        }
    }

    /** What the check found: the violations of axe-core's rules, and every text cut off at a picture's edge. */
    record Result(List<Violation> violations, List<String> clipped) {
    }

    /**
     * Checks a page: a copy of it, with the checker and a script that runs it, is loaded by Chromium
     * from a file, and the results the script writes into the page are read from its DOM.
     */
    Result check(Chromium chromium, String html, Path work, String name) throws IOException, InterruptedException {
        // The pages forbid every script; the copy under test allows its own inline ones, and still loads nothing.
        String allowing = CSP.matcher(html).replaceFirst(Matcher.quoteReplacement(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                        + " script-src 'unsafe-inline' 'unsafe-eval'\">"));
        if (allowing.equals(html) && html.contains("Content-Security-Policy")) {
            throw new IllegalStateException("the page's Content-Security-Policy was not found to relax");
        }
        String runner = "<script>" + source.replace("</script", "<\\/script") + "</script>\n<script>\n"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + json(TAGS) + "}, resultTypes: ['violations']})\n"
                + "  .then(function (results) { report({clipped: clipped(), violations: results.violations.map(function (v) {\n"
                + "    return {rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {\n"
                + "      return n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' '); })}; })}); })\n"
                + "  .catch(function (e) { report({error: String(e)}); });\n"
                // Text in a picture that reaches past its edges is cut off: measured as the browser lays it out.
                + "function clipped() { var out = []; document.querySelectorAll('svg').forEach(function (svg) {\n"
                + "  var box = svg.viewBox.baseVal; svg.querySelectorAll('text').forEach(function (t) { var b = t.getBBox();\n"
                + "    if (b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5\n"
                + "        || b.y + b.height > box.y + box.height + 0.5) {\n"
                + "      out.push((svg.id || 'svg') + ': \"' + t.textContent + '\" spans ' + Math.round(b.x) + ' to '\n"
                + "          + Math.round(b.x + b.width) + ' of 0 to ' + box.width); } }); }); return out; }\n"
                + "function report(result) { var pre = document.createElement('pre'); pre.id = 'axe-result';\n"
                + "  pre.textContent = JSON.stringify(result); document.body.appendChild(pre); }\n"
                + "</script>\n";
        int end = allowing.lastIndexOf("</body>");
        String checked = allowing.substring(0, end) + runner + allowing.substring(end);
        Path page = Files.writeString(work.resolve(name), checked, StandardCharsets.UTF_8);
        String dom = chromium.dumpDomAfterScripts(page, work).out();
        Matcher result = RESULT.matcher(dom);
        if (!result.find()) {
            fail("axe-core wrote no result into " + name + " (did its script run?)");
        }
        JsonNode json = new ObjectMapper().readTree(unescape(result.group(1)));
        if (json.has("error")) {
            fail("axe-core failed on " + name + ": " + json.get("error").asText());
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode violation : json.get("violations")) {
            List<String> nodes = new ArrayList<>();
            violation.get("nodes").forEach(node -> nodes.add(node.asText()));
            violations.add(new Violation(violation.get("rule").asText(), violation.path("impact").asText(),
                    violation.get("help").asText(), nodes));
        }
        List<String> clipped = new ArrayList<>();
        json.get("clipped").forEach(text -> clipped.add(text.asText()));
        return new Result(violations, clipped);
    }

    private static String json(List<String> values) {
        return values.stream().map(value -> "'" + value + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /** The text of a {@code pre} as Chromium serialises it: only these three are escaped. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
