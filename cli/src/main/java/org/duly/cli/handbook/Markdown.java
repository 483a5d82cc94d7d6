package org.duly.cli.handbook;

import java.text.Normalizer;
import java.util.Locale;

/** Text as markdown: escaped so that it reads as itself, and the anchors of headings. */
final class Markdown {

    private Markdown() {
    }

    /**
     * Text as markdown that renders as the text itself, also inside a table cell: the characters
     * that markdown would read as emphasis, code, links, raw HTML or a cell boundary are escaped,
     * and line breaks become spaces.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Markdown.text("a *b* | c")).isEqualTo("a \\*b\\* \\| c");
     * }</pre>
     *
     * @param text the text
     * @return the markdown
     */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The anchor a heading gets, as GitHub makes it: lower case, the punctuation removed but for
     * hyphens and underscores, each space a hyphen. The HTML handbook gives its headings the same
     * ids, so one link works in both.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Markdown.anchor("cp.icpc: Initial child protection conference")).isEqualTo("cpicpc-initial-child-protection-conference");
     * assertThat(Markdown.anchor("Step Up / Step Down")).isEqualTo("step-up--step-down");
     * }</pre>
     *
     * @param heading the heading's text, as it reads (not escaped)
     * @return the anchor, without '#'
     */
    static String anchor(String heading) {
        return Normalizer.normalize(heading, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    /**
     * A link to a heading of the same document.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Markdown.linkTo("cp.icpc", "cp.icpc: Initial child protection conference"))
     *     .isEqualTo("[cp.icpc](#cpicpc-initial-child-protection-conference)");
     * }</pre>
     *
     * @param text the link's text, as it reads
     * @param heading the heading's text
     * @return the markdown link
     */
    static String linkTo(String text, String heading) {
        return "[" + text(text) + "](#" + anchor(heading) + ")";
    }
}
