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
                th{background:#f3f3f3}td.num{text-align:right}td.date,td.rule{white-space:nowrap}
                .status{display:inline-block;padding:0 .35rem;border-radius:3px;color:#fff;font-size:.75rem;white-space:nowrap}
                svg{display:block;max-width:100%;height:auto;font-family:inherit}
                svg text{font-size:11px;fill:#333}
                """);
        for (Status status : Status.values()) {
            css.append('.').append(cssClass(status)).append("{background:").append(colour(status)).append("}\n");
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
