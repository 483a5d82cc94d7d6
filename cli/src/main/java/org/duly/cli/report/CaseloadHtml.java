package org.duly.cli.report;

import java.util.EnumSet;
import java.util.List;
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

    /** The width of a chart's bars, right of the labels; a chart is as wide as its labels need besides. */
    static final int PLOT_WIDTH = 610;
    static final int VALUE_WIDTH = 130;
    static final int ROW = 20;

    /**
     * How good a rule's share met on time is, which colours its bar: green from 90%, amber from 70%,
     * red below. The percentage is written beside every bar, so the colour is never the only sign.
     */
    enum Band {
        GOOD(0.9, "#228833", "90% or more on time"),
        FAIR(0.7, "#ccbb44", "70% to under 90%"),
        POOR(0, "#cc3311", "under 70%");

        private final double from;
        private final String colour;
        private final String words;

        Band(double from, String colour, String words) {
            this.from = from;
            this.colour = colour;
            this.words = words;
        }

        /** The band a share falls in. */
        static Band of(double share) {
            for (Band band : values()) {
                if (share >= band.from) {
                    return band;
                }
            }
            return POOR;
        }

        String colour() {
            return colour;
        }

        String words() {
            return words;
        }

        String cssClass() {
            return "band-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private CaseloadHtml() {
    }

    static String render(Caseload caseload) {
        ScheduleSummary summary = caseload.summary();
        StringBuilder out = new StringBuilder(Page.head("Caseload of " + caseload.cases() + " cases as of " + caseload.asOf()));
        out.append("<h1>Caseload</h1>\n<p class=\"meta\">").append(Html.escape(caseload.headline())).append(".</p>\n");
        caseload.tray().ifPresent(tray -> out.append("<section id=\"due\">\n<h2>Due by ").append(tray.dueBy())
                .append(": by team and worker, earliest first</h2>\n").append(trayTable(tray, caseload)).append("</section>\n"));
        if (caseload.byHolder()) {
            out.append("<section id=\"teams\">\n<h2>Timeliness by team and worker</h2>\n<h3>By team</h3>\n")
                    .append(holderTable("team-table", false, caseload.teams())).append("<h3>By worker</h3>\n")
                    .append(holderTable("worker-table", true, caseload.workers())).append("</section>\n");
        }
        out.append("<section id=\"timeliness\">\n<h2>Timeliness: share of due occurrences met on time, worst first</h2>\n")
                .append(timelinessChart(summary)).append(timelinessTable(summary)).append("</section>\n");
        out.append("<section id=\"areas\">\n<h2>Obligations by area and status</h2>\n")
                .append(areaChart(summary)).append(areaTable(summary)).append("</section>\n");
        out.append("<section id=\"overdue\">\n<h2>Overdue, most days first</h2>\n").append(overdueTable(caseload))
                .append("</section>\n");
        return out.append(Page.foot()).toString();
    }

    /**
     * One bar per rule: the share met on time, coloured by its {@link Band}, on a grey track that
     * stands for all due occurrences; a legend of the bands under the bars.
     */
    static String timelinessChart(ScheduleSummary summary) {
        int labelWidth = labelWidth(summary);
        int width = labelWidth + PLOT_WIDTH + VALUE_WIDTH;
        int legendTop = Math.max(1, summary.timeliness().size()) * ROW + 15;
        int height = legendTop + 25;
        StringBuilder svg = new StringBuilder("<svg id=\"timeliness-chart\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeliness-title\">\n<title id=\"timeliness-title\">")
                .append("Share of each rule's due occurrences met on time</title>\n");
        int y = 5;
        for (ScheduleSummary.Timeliness rule : worstFirst(summary)) {
            double barWidth = PLOT_WIDTH * rule.share();
            Band band = Band.of(rule.share());
            svg.append("<g class=\"timeliness-row\"><text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(Html.escape(rule.ruleId())).append("</text>")
                    .append("<rect class=\"timeliness-track\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(PLOT_WIDTH).append("\" height=\"").append(ROW - 6).append("\" fill=\"#e6e6e6\"/>")
                    .append("<rect class=\"timeliness-bar ").append(band.cssClass()).append("\" data-rule=\"")
                    .append(Html.escape(rule.ruleId())).append("\" data-share=\"")
                    .append(String.format(java.util.Locale.ROOT, "%.4f", rule.share()))
                    .append("\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(Page.num(barWidth)).append("\" height=\"").append(ROW - 6).append("\" fill=\"")
                    .append(band.colour()).append("\" stroke=\"").append(ScheduleHtml.OUTLINE).append("\" stroke-width=\"0.75\"><title>")
                    .append(Html.escape(rule.title() + ": " + rule.metOnTime() + " of " + rule.due() + " met on time"))
                    .append("</title></rect><text x=\"").append(labelWidth + PLOT_WIDTH + 8).append("\" y=\"").append(y + 14)
                    .append("\">").append(Text.percent(rule.share())).append(" of ").append(rule.due()).append("</text></g>\n");
            y += ROW;
        }
        svg.append("<g class=\"legend\">\n");
        int x = labelWidth;
        for (Band band : Band.values()) {
            svg.append("<g class=\"legend-item\"><rect x=\"").append(x).append("\" y=\"").append(legendTop)
                    .append("\" width=\"14\" height=\"12\" fill=\"").append(band.colour()).append("\" stroke=\"")
                    .append(ScheduleHtml.OUTLINE).append("\" stroke-width=\"0.75\"/><text x=\"").append(x + 18).append("\" y=\"")
                    .append(legendTop + 10).append("\">").append(Html.escape(band.words())).append("</text></g>\n");
            x += 34 + (int) Math.ceil(ScheduleHtml.CHAR_WIDTH * band.words().length());
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** The label column of both charts: as wide as the longest rule id or area title, so none is cut. */
    private static int labelWidth(ScheduleSummary summary) {
        int longest = java.util.stream.Stream.concat(summary.timeliness().stream().map(ScheduleSummary.Timeliness::ruleId),
                summary.countsByArea().keySet().stream().map(Area::title)).mapToInt(String::length).max().orElse(10);
        return ScheduleHtml.LABEL_MARGIN + (int) Math.ceil(ScheduleHtml.CHAR_WIDTH * longest);
    }

    /** One stacked bar per area, a segment per status, all on one scale so areas compare by length. */
    static String areaChart(ScheduleSummary summary) {
        int labelWidth = labelWidth(summary);
        int width = labelWidth + PLOT_WIDTH + VALUE_WIDTH;
        int plot = PLOT_WIDTH;
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
        int legendLines = 1;
        int lineWidth = 0;
        for (Status status : shown) {
            int itemWidth = 34 + (int) Math.ceil(ScheduleHtml.CHAR_WIDTH * Text.words(status).length());
            if (lineWidth > 0 && labelWidth + lineWidth + itemWidth > width) {
                legendLines++;
                lineWidth = 0;
            }
            lineWidth += itemWidth;
        }
        int height = legendTop + 25 + (legendLines - 1) * 22;
        StringBuilder svg = new StringBuilder("<svg id=\"area-chart\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"area-title\">\n<title id=\"area-title\">")
                .append("Obligations in each area by status</title>\n");
        int y = 5;
        for (Map.Entry<Area, Map<Status, Long>> area : summary.countsByArea().entrySet()) {
            svg.append("<g class=\"area-row\"><text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(Html.escape(area.getKey().title())).append("</text>");
            double x = labelWidth;
            long total = 0;
            for (Status status : Status.values()) {
                long count = area.getValue().getOrDefault(status, 0L);
                if (count == 0) {
                    continue;
                }
                double segment = (double) plot * count / largest;
                svg.append("<rect class=\"area-segment ").append(Page.cssClass(status)).append("\" data-area=\"")
                        .append(Html.escape(area.getKey().title())).append("\" data-status=\"").append(status.name())
                        .append("\" data-count=\"").append(count).append("\" x=\"").append(Page.num(x)).append("\" y=\"")
                        .append(y + 3).append("\" width=\"").append(Page.num(segment)).append("\" height=\"").append(ROW - 6)
                        .append("\" fill=\"").append(Page.colour(status)).append("\" stroke=\"").append(ScheduleHtml.OUTLINE)
                        .append("\" stroke-width=\"0.5\"><title>")
                        .append(Html.escape(area.getKey().title() + ": " + count + " " + status.name())).append("</title></rect>");
                x += segment;
                total += count;
            }
            svg.append("<text x=\"").append(Page.num(x + 6)).append("\" y=\"").append(y + 14).append("\">").append(total)
                    .append("</text></g>\n");
            y += ROW;
        }
        svg.append("<g class=\"legend\">\n");
        int x = labelWidth;
        for (Status status : shown) {
            int itemWidth = 34 + (int) Math.ceil(ScheduleHtml.CHAR_WIDTH * Text.words(status).length());
            if (x > labelWidth && x + itemWidth > width) {
                // A new line of the legend rather than a label cut at the right edge.
                x = labelWidth;
                legendTop += 22;
            }
            svg.append("<g class=\"legend-item\"><rect x=\"").append(x).append("\" y=\"").append(legendTop)
                    .append("\" width=\"14\" height=\"12\" fill=\"").append(Page.colour(status)).append("\" stroke=\"")
                    .append(ScheduleHtml.OUTLINE).append("\" stroke-width=\"0.75\"/><text x=\"")
                    .append(x + 18).append("\" y=\"").append(legendTop + 10).append("\">").append(Text.words(status))
                    .append("</text></g>\n");
            x += itemWidth;
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** The rules by their share met on time, the lowest first (findings P11: a manager looks for the worst); ties in the policy's order. */
    static List<ScheduleSummary.Timeliness> worstFirst(ScheduleSummary summary) {
        return summary.timeliness().stream()
                .sorted(java.util.Comparator.comparingDouble(ScheduleSummary.Timeliness::share)).toList();
    }

    private static String timelinessTable(ScheduleSummary summary) {
        List<ScheduleSummary.Timeliness> rules = worstFirst(summary);
        return timelinessTable("timeliness-table", List.of("Rule", "Title"),
                rules.stream().map(rule -> List.of("<td class=\"rule\">" + Html.escape(rule.ruleId()) + "</td>",
                        "<td>" + Html.escape(rule.title()) + "</td>")).toList(), rules);
    }

    /** Each team's timeliness, or each worker's with their team. */
    private static String holderTable(String id, boolean workers, List<CaseloadTally.HolderTimeliness> rows) {
        return timelinessTable(id, workers ? List.of("Team", "Worker") : List.of("Team"), rows.stream()
                .map(row -> workers ? List.of(cell(row.holder().teamLabel()), cell(row.holder().workerLabel()))
                        : List.of(cell(row.holder().teamLabel()))).toList(),
                rows.stream().map(CaseloadTally.HolderTimeliness::timeliness).toList());
    }

    private static String cell(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }

    /** One row per rule, team or worker: its cells (already HTML), then the counts and the share. */
    private static String timelinessTable(String id, List<String> keyHeaders, List<List<String>> keys,
            List<ScheduleSummary.Timeliness> rows) {
        StringBuilder table = new StringBuilder("<table id=\"").append(id).append("\">\n<thead><tr>");
        keyHeaders.forEach(header -> table.append("<th>").append(header).append("</th>"));
        table.append("<th class=\"num\">Due</th><th class=\"num\">On time</th><th class=\"num\">Late</th>"
                + "<th class=\"num\">Overdue</th><th class=\"num\">Missed</th><th class=\"num\" title=\"further intervals of a"
                + " recurrence that passed in full while it was not done\">Intervals missed</th><th class=\"num\">Share on time</th>"
                + "</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            ScheduleSummary.Timeliness row = rows.get(i);
            table.append("<tr>");
            keys.get(i).forEach(table::append);
            for (long count : new long[] {row.due(), row.metOnTime(), row.metLate(), row.overdue(), row.missed(),
                row.intervalsMissed()}) {
                table.append("<td class=\"num\">").append(count).append("</td>");
            }
            table.append("<td class=\"num\">").append(Text.percent(row.share())).append("</td></tr>\n");
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

    private static String moreParagraph(Caseload caseload, int total) {
        String more = caseload.more(total);
        return more.isEmpty() ? "" : "<p>" + Html.escape(more) + "</p>\n";
    }

    private static String trayTable(CaseloadTally.Tray tray, Caseload caseload) {
        if (tray.items().isEmpty()) {
            return "<p>Nothing open is due by then.</p>\n";
        }
        StringBuilder table = new StringBuilder("<table id=\"due-table\">\n<thead><tr><th>Team</th><th>Worker</th><th>Due</th>"
                + "<th>Status</th><th>Case</th><th>Rule</th><th>Occurrence</th><th>Title</th><th>Why</th></tr></thead>\n<tbody>\n");
        for (CaseloadTally.DueItem item : tray.items().subList(0, Math.min(caseload.listed(), tray.items().size()))) {
            table.append("<tr><td class=\"rule\">").append(Html.escape(item.holder().teamLabel())).append("</td><td class=\"rule\">")
                    .append(Html.escape(item.holder().workerLabel())).append("</td><td class=\"date\">").append(item.due())
                    .append(item.dueTime().map(time -> " " + time).orElse("")).append("</td><td>")
                    .append(Page.statusLabel(item.status())).append("</td><td class=\"rule\">").append(Html.escape(item.subject()))
                    .append("</td><td class=\"rule\">").append(Html.escape(item.rule().id())).append("</td><td class=\"num\">")
                    .append(item.label()).append("</td><td>").append(Html.escape(item.rule().title())).append("</td><td>")
                    .append(Html.escape(item.reason())).append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").append(moreParagraph(caseload, tray.items().size())).toString();
    }

    private static String overdueTable(Caseload caseload) {
        ScheduleSummary summary = caseload.summary();
        if (summary.overdue().isEmpty()) {
            return "<p>Nothing is overdue.</p>\n";
        }
        StringBuilder table = new StringBuilder("<table id=\"overdue-table\">\n<thead><tr><th>Days overdue</th><th>Case</th>"
                + (caseload.byHolder() ? "<th>Team</th><th>Worker</th>" : "")
                + "<th>Rule</th><th>Occurrence</th><th>Due</th><th>Title</th></tr></thead>\n<tbody>\n");
        for (ScheduleSummary.Overdue item : summary.overdue().subList(0, Math.min(caseload.listed(), summary.overdue().size()))) {
            table.append("<tr class=\"overdue\"><td class=\"num\">").append(item.daysOverdue()).append("</td><td class=\"rule\">")
                    .append(Html.escape(item.subject())).append("</td>");
            if (caseload.byHolder()) {
                Holder holder = caseload.holders().apply(item.subject());
                table.append("<td>").append(Html.escape(holder.teamLabel())).append("</td><td>")
                        .append(Html.escape(holder.workerLabel())).append("</td>");
            }
            table.append("<td class=\"rule\">").append(Html.escape(item.rule().id()))
                    .append("</td><td class=\"num\">").append(item.label()).append("</td><td class=\"date\">")
                    .append(item.due().toString()).append("</td><td>").append(Html.escape(item.rule().title()))
                    .append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").append(moreParagraph(caseload, summary.overdue().size())).toString();
    }
}
