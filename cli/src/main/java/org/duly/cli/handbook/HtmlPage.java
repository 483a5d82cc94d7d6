package org.duly.cli.handbook;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.duly.cli.text.Html;

/**
 * A markdown document as one self-contained HTML page: inline CSS, no scripts, images, fonts or
 * other external resources, readable on screen and on paper. Headings get the ids that
 * {@link Markdown#anchor(String)} gives them, so the document's own links work.
 */
final class HtmlPage {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final String STYLE = String.join("\n",
            "body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.45; color: #1b1b1b; background: #fff;"
                    + " max-width: 62em; margin: 0 auto; padding: 1em 1.5em 3em; }",
            "h1, h2, h3 { font-family: Arial, Helvetica, sans-serif; line-height: 1.2; }",
            "h1 { font-size: 1.9em; border-bottom: 3px solid #1d4f91; padding-bottom: 0.2em; }",
            "h2 { font-size: 1.45em; margin-top: 2.2em; border-bottom: 1px solid #1d4f91; padding-bottom: 0.1em; }",
            "h3 { font-size: 1.1em; margin-top: 2em; color: #1d4f91; }",
            "a { color: #1d4f91; }",
            "code { font-family: 'Courier New', monospace; font-size: 0.95em; }",
            "table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; }",
            "th, td { border: 1px solid #9aa5b1; padding: 0.4em 0.6em; text-align: left; vertical-align: top; }",
            "th { background: #e8eef6; font-family: Arial, Helvetica, sans-serif; font-size: 0.9em; }",
            "td { width: 50%; }",
            "ul { padding-left: 1.4em; }",
            "li { margin: 0.15em 0; }",
            "@media print {",
            "  body { max-width: none; padding: 0; font-size: 10.5pt; }",
            "  a { color: inherit; text-decoration: none; }",
            "  h2 { break-before: page; }",
            "  h2:first-of-type { break-before: auto; }",
            "  h2, h3 { break-after: avoid; }",
            "  table, tr, li { break-inside: avoid; }",
            "  th { background: none; }",
            "}");

    private HtmlPage() {
    }

    /**
     * The page.
     *
     * <p>Example:
     * <pre>{@code
     * String page = HtmlPage.of("Derbyshire practice standards: the policy handbook", markdown);
     * }</pre>
     *
     * @param title the page's title
     * @param markdown its body, in markdown (CommonMark with GitHub's tables)
     * @return the HTML
     */
    static String of(String title, String markdown) {
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        String body = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Heading heading) {
                        attributes.put("id", Markdown.anchor(textOf(heading)));
                    }
                })
                .build()
                .render(document);
        return "<!DOCTYPE html>\n"
                + "<html lang=\"en-GB\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<style>\n" + STYLE + "\n</style>\n"
                + "</head>\n"
                + "<body>\n"
                + "<main>\n"
                + body
                + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }

    /** The heading as it reads: its text, without markup. */
    private static String textOf(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString();
    }
}
