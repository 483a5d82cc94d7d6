package org.duly.cli.report;

import java.util.Locale;
import org.duly.cli.text.Html;
import org.duly.timescales.Status;

/**
 * What both HTML pages share: the head with its Content-Security-Policy, the stylesheet, the
 * colour of each status and the legend. The policy forbids every load (no scripts, images, fonts
 * or styles from anywhere but the page itself), so a page that renders at all rendered completely,
 * offline, and a mistake that adds an external reference shows up as a blocked load, not a leak.
 */
final class Page {

    private Page() {
    }

    /** One colour per status, distinguishable in print and for the common colour-vision deficiencies. */
    static String colour(Status status) {
        return switch (status) {
            case UPCOMING -> "#4477aa";
            case DUE_SOON -> "#ccbb44";
            case OVERDUE -> "#cc3311";
            case MISSED -> "#882255";
            case NOT_REQUIRED -> "#44aa99";
            case MET -> "#228833";
            case MET_LATE -> "#ee7733";
            case NOT_APPLICABLE -> "#bbbbbb";
            case CANNOT_COMPUTE -> "#aa3377";
        };
    }

    /**
     * The colour of text on a status's colour (its label in a table): black or white, whichever
     * contrasts more, which for these colours is always at least WCAG AA's 4.5:1.
     */
    static String textColour(Status status) {
        return textOn(colour(status));
    }

    /** Black or white, whichever contrasts more with a background colour ("#rrggbb"). */
    static String textOn(String background) {
        return contrast(background, "#000000") >= contrast(background, "#ffffff") ? "#000000" : "#ffffff";
    }

    /** WCAG 2's contrast ratio of two colours ("#rrggbb"), from 1 (none) to 21 (black on white). */
    static double contrast(String a, String b) {
        double first = luminance(a);
        double second = luminance(b);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    /** WCAG 2's relative luminance of an sRGB colour. */
    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double r = linear((rgb >> 16) & 0xff);
        double g = linear((rgb >> 8) & 0xff);
        double b = linear(rgb & 0xff);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The CSS class of a status: "status-due-soon". */
    static String cssClass(Status status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String head(String title) {
        StringBuilder css = new StringBuilder("""
                body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#222;max-width:1100px}
                h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
                .meta{color:#555;margin:0 0 1rem}
                table{border-collapse:collapse;font-size:.85rem;width:100%}
                th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
                th{background:#f3f3f3}td.num,th.num{text-align:right}td.date,td.rule{white-space:nowrap}
                .status{display:inline-block;padding:0 .35rem;border-radius:3px;font-size:.75rem;white-space:nowrap}
                svg{display:block;max-width:100%;height:auto;font-family:inherit}
                svg text{font-size:11px;fill:#333}
                """);
        for (Status status : Status.values()) {
            css.append('.').append(cssClass(status)).append("{background:").append(colour(status)).append(";color:")
                    .append(textColour(status)).append("}\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n";
    }

    static String foot() {
        return "</body>\n</html>\n";
    }

    /** A status as a coloured label in a table cell. */
    static String statusLabel(Status status) {
        return "<span class=\"status " + cssClass(status) + "\">" + Html.escape(status.name()) + "</span>";
    }

    /** Formats a coordinate without locale or needless decimals, so the SVG is the same on every machine. */
    static String num(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : String.format(Locale.ROOT, "%.1f", rounded / 10.0);
    }
}
