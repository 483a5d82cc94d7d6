package org.duly.cli.text;

/** Text for HTML pages. */
public final class Html {

    private Html() {
    }

    /**
     * Text escaped for HTML content and attribute values alike.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Html.escape("<b>Tom & Jerry's \"show\"</b>"))
     *     .isEqualTo("&lt;b&gt;Tom &amp; Jerry&#39;s &quot;show&quot;&lt;/b&gt;");
     * }</pre>
     *
     * @param text the text
     * @return the text, safe in an element or a quoted attribute
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
