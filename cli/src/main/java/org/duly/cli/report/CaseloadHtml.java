package org.duly.cli.report;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.duly.cli.text.Html;
import org.duly.timescales.Status;
import org.duly.workflows.engine.ScheduleSummary;
import org.duly.workflows.policy.Area;

/**
 * The caseload as one self-contained page: two inline SVG charts (the share of each rule's due
 * occurrences met on time; the obligations of each area by status) and the tables behind them.
 */
final class CaseloadHtml {

    static final int WIDTH = 1000;
    static final int LABEL_WIDTH = 260;
    static final int VALUE_WIDTH = 130;
    static final int ROW = 20;

    private CaseloadHtml() {
    }

    static String render(Caseload caseload) {
        ScheduleSummary summary = caseload.summary();
        StringBuilder out = new StringBuilder(Page.head("Caseload of " + caseload.cases() + " cases as of " + caseload.asOf()));
        out.append("<h1>Caseload</h1>\n<p class=\"meta\">").append(Html.escape(caseload.headline())).append(".</p>\n");
        out.append("<section id=\"timeliness\">\n<h2>Timeliness: share of due occurrences met on time</h2>\n")
                .append(timelinessChart(summary)).append(timelinessTable(summary)).append("</section>\n");
        out.append("<section id=\"areas\">\n<h2>Obligations by area and status</h2>\n")
                .append(areaChart(summary)).append(areaTable(summary)).append("</section>\n");
        out.append("<section id=\"overdue\">\n<h2>Overdue, most days first</h2>\n").append(overdueTable(summary))
                .append("</section>\n");
        return out.append(Page.foot()).toString();
    }

    /** One bar per rule: the share met on time in green on a grey track that stands for all due occurrences. */
    static String timelinessChart(ScheduleSummary summary) {
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = Math.max(1, summary.timeliness().size()) * ROW + 10;
        StringBuilder svg = new StringBuilder("<svg id=\"timeliness-chart\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeliness-title\">\n<title id=\"timeliness-title\">")
                .append("Share of each rule's due occurrences met on time</title>\n");
        int y = 5;
        for (ScheduleSummary.Timeliness rule : summary.timeliness()) {
            double width = plot * rule.share();
            svg.append("<g class=\"timeliness-row\"><text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(Html.escape(rule.ruleId())).append("</text>")
                    .append("<rect class=\"timeliness-track\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(plot).append("\" height=\"").append(ROW - 6).append("\" fill=\"#e6e6e6\"/>")
                    .append("<rect class=\"timeliness-bar\" data-rule=\"").append(Html.escape(rule.ruleId()))
                    .append("\" data-share=\"").append(String.format(java.util.Locale.ROOT, "%.4f", rule.share()))
                    .append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(Page.num(width)).append("\" height=\"").append(ROW - 6).append("\" fill=\"")
                    .append(Page.colour(Status.MET)).append("\"><title>")
                    .append(Html.escape(rule.title() + ": " + rule.metOnTime() + " of " + rule.due() + " met on time"))
                    .append("</title></rect><text x=\"").append(LABEL_WIDTH + plot + 8).append("\" y=\"").append(y + 14)
                    .append("\">").append(Text.percent(rule.share())).append(" of ").append(rule.due()).append("</text></g>\n");
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    /** One stacked bar per area, a segment per status, all on one scale so areas compare by length. */
    static String areaChart(ScheduleSummary summary) {
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        long largest = 1;
        Set<Status> shown = EnumSet.noneOf(Status.class);
        for (Map<Status, Long> counts : summary.countsByArea().values()) {
            largest = Math.max(largest, counts.values().stream().mapToLong(Long::longValue).sum());
            counts.forEach((status, count) -> {
                if (count > 0) {
                    shown.add(status);
                }
            });
        }
        int rows = summary.countsByArea().size();
        int legendTop = rows * ROW + 15;
        int height = legendTop + 25;
        StringBuilder svg = new StringBuilder("<svg id=\"area-chart\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"area-title\">\n<title id=\"area-title\">")
                .append("Obligations in each area by status</title>\n");
        int y = 5;
        for (Map.Entry<Area, Map<Status, Long>> area : summary.countsByArea().entrySet()) {
            svg.append("<g class=\"area-row\"><text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(Html.escape(area.getKey().title())).append("</text>");
            double x = LABEL_WIDTH;
            long total = 0;
            for (Status status : Status.values()) {
                long count = area.getValue().getOrDefault(status, 0L);
                if (count == 0) {
                    continue;
                }
                double width = (double) plot * count / largest;
                svg.append("<rect class=\"area-segment ").append(Page.cssClass(status)).append("\" data-area=\"")
                        .append(Html.escape(area.getKey().title())).append("\" data-status=\"").append(status.name())
                        .append("\" data-count=\"").append(count).append("\" x=\"").append(Page.num(x)).append("\" y=\"")
                        .append(y + 3).append("\" width=\"").append(Page.num(width)).append("\" height=\"").append(ROW - 6)
                        .append("\" fill=\"").append(Page.colour(status)).append("\"><title>")
                        .append(Html.escape(area.getKey().title() + ": " + count + " " + status.name())).append("</title></rect>");
                x += width;
                total += count;
            }
            svg.append("<text x=\"").append(Page.num(x + 6)).append("\" y=\"").append(y + 14).append("\">").append(total)
                    .append("</text></g>\n");
            y += ROW;
        }
        svg.append("<g class=\"legend\">\n");
        int x = LABEL_WIDTH;
        for (Status status : shown) {
            svg.append("<g class=\"legend-item\"><rect x=\"").append(x).append("\" y=\"").append(legendTop)
                    .append("\" width=\"14\" height=\"12\" fill=\"").append(Page.colour(status)).append("\"/><text x=\"")
                    .append(x + 18).append("\" y=\"").append(legendTop + 10).append("\">").append(status.name()).append("</text></g>\n");
            x += 30 + status.name().length() * 7;
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    private static String timelinessTable(ScheduleSummary summary) {
        StringBuilder table = new StringBuilder("<table id=\"timeliness-table\">\n<thead><tr><th>Rule</th><th>Title</th>"
                + "<th>Due</th><th>On time</th><th>Late</th><th>Overdue</th><th>Missed</th>"
                + "<th title=\"further intervals of a recurrence that passed in full while it was not done\">Intervals missed</th>"
                + "<th>Share on time</th></tr></thead>\n<tbody>\n");
        for (ScheduleSummary.Timeliness rule : summary.timeliness()) {
            table.append("<tr><td class=\"rule\">").append(Html.escape(rule.ruleId())).append("</td><td>")
                    .append(Html.escape(rule.title())).append("</td><td class=\"num\">").append(rule.due())
                    .append("</td><td class=\"num\">").append(rule.metOnTime()).append("</td><td class=\"num\">")
                    .append(rule.metLate()).append("</td><td class=\"num\">").append(rule.overdue())
                    .append("</td><td class=\"num\">").append(rule.missed())
                    .append("</td><td class=\"num\">").append(rule.intervalsMissed())
                    .append("</td><td class=\"num\">").append(Text.percent(rule.share())).append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    private static String areaTable(ScheduleSummary summary) {
        StringBuilder table = new StringBuilder("<table id=\"area-table\">\n<thead><tr><th>Area</th>");
        for (Status status : Status.values()) {
            table.append("<th>").append(Page.statusLabel(status)).append("</th>");
        }
        table.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<Area, Map<Status, Long>> area : summary.countsByArea().entrySet()) {
            table.append("<tr><td>").append(Html.escape(area.getKey().title())).append("</td>");
            for (Status status : Status.values()) {
                table.append("<td class=\"num\">").append(area.getValue().getOrDefault(status, 0L)).append("</td>");
            }
            table.append("</tr>\n");
        }
        table.append("<tr><th>All areas</th>");
        for (Status status : Status.values()) {
            table.append("<th class=\"num\">").append(summary.count(status)).append("</th>");
        }
        return table.append("</tr>\n</tbody>\n</table>\n").toString();
    }

    private static String overdueTable(ScheduleSummary summary) {
        if (summary.overdue().isEmpty()) {
            return "<p>Nothing is overdue.</p>\n";
        }
        StringBuilder table = new StringBuilder("<table id=\"overdue-table\">\n<thead><tr><th>Days overdue</th><th>Case</th>"
                + "<th>Rule</th><th>Occurrence</th><th>Due</th><th>Title</th></tr></thead>\n<tbody>\n");
        for (ScheduleSummary.Overdue item : summary.overdue()) {
            table.append("<tr class=\"overdue\"><td class=\"num\">").append(item.daysOverdue()).append("</td><td class=\"rule\">")
                    .append(Html.escape(item.subject())).append("</td><td class=\"rule\">").append(Html.escape(item.rule().id()))
                    .append("</td><td class=\"num\">").append(item.label()).append("</td><td class=\"date\">")
                    .append(item.due().toString()).append("</td><td>").append(Html.escape(item.rule().title()))
                    .append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }
}
