package org.duly.cli.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.duly.cli.text.Html;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.casefile.Journey;

/**
 * One self-contained page: a timeline of the child's journey (events as marks on a date axis, each
 * obligation's window as a bar ending on its due date, coloured by status, from the start of the
 * history to {@value #HORIZON_MONTHS} months after the as-of date; what is due later listed under it)
 * and the table of entries.
 * The picture is inline SVG drawn here, not by a script, so it shows in any browser, in print, and
 * in a mail client that runs no scripts.
 */
final class ScheduleHtml {

    /** The width of the plot, right of the labels; the picture is as wide as its labels need besides. */
    static final int PLOT_WIDTH = 750;
    static final int RIGHT_MARGIN = 20;
    static final int ROW = 20;
    static final int TOP = 40;
    /** Room right of a label, before the plot. */
    static final int LABEL_MARGIN = 16;
    /**
     * The most an average character of an 11-pixel label takes, generously: labels are measured with it so
     * that none is cut off (the browser test measures the real ones).
     */
    static final double CHAR_WIDTH = 7;
    /** How far ahead of the as-of date the picture runs; later obligations are listed under it. */
    static final int HORIZON_MONTHS = 6;
    /** The outline of a bar and a legend swatch: dark enough against the page and every status colour. */
    static final String OUTLINE = "#333333";

    private ScheduleHtml() {
    }

    static String render(Journey journey, Schedule schedule) {
        String title = "Schedule of case " + journey.caseId() + " as of " + schedule.asOf();
        StringBuilder out = new StringBuilder(Page.head(title));
        out.append("<h1>Case ").append(Html.escape(journey.caseId())).append("</h1>\n")
                .append("<p class=\"meta\">As of ").append(schedule.asOf()).append(" under ")
                .append(Html.escape(schedule.policy().title())).append(", on the ").append(Html.escape(schedule.calendar()))
                .append(" calendar. ").append(Html.escape(ScheduleTable.counts(schedule.entries().size(), schedule.summary())))
                .append(".</p>\n");
        out.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n").append(timeline(journey, schedule)).append("</section>\n");
        out.append("<section id=\"entries\">\n<h2>Obligations</h2>\n").append(table(schedule)).append("</section>\n");
        return out.append(Page.foot()).toString();
    }

    /**
     * The timeline picture: one row per kind of event, then one row per dated obligation due within
     * the horizon; the obligations due after it are listed apart, below the picture, so that one due
     * years ahead (a pathway plan at 16) never squeezes the child's history into a sliver. The label
     * column is as wide as its longest label, so no label is cut.
     */
    static String timeline(Journey journey, Schedule schedule) {
        Map<String, List<LocalDate>> events = new LinkedHashMap<>();
        for (Journey.Mark mark : journey.marks()) {
            events.computeIfAbsent(mark.label(), label -> new ArrayList<>()).add(mark.date());
        }
        LocalDate horizon = horizon(schedule);
        List<ScheduleEntry> dated = schedule.entries().stream().filter(entry -> entry.due().isPresent()).toList();
        List<ScheduleEntry> shown = dated.stream().filter(entry -> !entry.due().get().isAfter(horizon)).toList();
        List<ScheduleEntry> later = dated.stream().filter(entry -> entry.due().get().isAfter(horizon)).toList();

        LocalDate first = schedule.asOf();
        LocalDate last = schedule.asOf();
        for (Journey.Mark mark : journey.marks()) {
            first = min(first, mark.date());
            last = max(last, mark.date());
        }
        for (ScheduleEntry entry : shown) {
            first = min(first, start(entry));
            last = max(last, entry.due().get());
            if (entry.metBy().isPresent()) {
                first = min(first, entry.metBy().get().date());
                last = max(last, entry.metBy().get().date());
            }
        }
        int labelWidth = LABEL_MARGIN + (int) Math.ceil(CHAR_WIDTH * Stream.concat(events.keySet().stream(),
                shown.stream().map(ScheduleHtml::rowLabel)).mapToInt(String::length).max().orElse(10));
        int width = labelWidth + PLOT_WIDTH + RIGHT_MARGIN;
        // A week either side keeps marks on the first and last day off the edges.
        Axis axis = new Axis(first.minusDays(7), last.plusDays(7), labelWidth);

        int eventRows = events.size();
        int gap = eventRows > 0 && !shown.isEmpty() ? ROW / 2 : 0;
        int chartBottom = TOP + 10 + eventRows * ROW + gap + shown.size() * ROW;
        int legendTop = chartBottom + 20;
        Legend legend = legend(shown, legendTop, labelWidth, width);
        int height = legend.bottom() + 10;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"timeline-chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeline-title\">\n")
                .append("<title id=\"timeline-title\">").append(Html.escape("Timeline of case " + journey.caseId()
                        + ": " + journey.marks().size() + " events, " + shown.size() + " obligations due by " + horizon
                        + (later.isEmpty() ? "" : ", " + later.size() + " due later listed below")))
                .append("</title>\n");

        // The date axis: a tick and label on the first of every month (or every few months on long journeys).
        svg.append("<g class=\"axis\">\n");
        for (LocalDate tick : axis.ticks()) {
            String x = Page.num(axis.x(tick));
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(chartBottom).append("\" stroke=\"#e4e4e4\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(TOP - 10)
                    .append("\" text-anchor=\"middle\">").append(tick.toString(), 0, 7).append("</text>\n");
        }
        svg.append("<line x1=\"").append(labelWidth).append("\" y1=\"").append(TOP).append("\" x2=\"")
                .append(width - RIGHT_MARGIN).append("\" y2=\"").append(TOP).append("\" stroke=\"#999\"/>\n</g>\n");

        int y = TOP + 10;
        svg.append("<g class=\"events\">\n");
        for (Map.Entry<String, List<LocalDate>> row : events.entrySet()) {
            double middle = y + ROW / 2.0;
            svg.append("<text class=\"row-label\" x=\"").append(labelWidth - 8).append("\" y=\"").append(Page.num(middle + 4))
                    .append("\" text-anchor=\"end\">").append(Html.escape(row.getKey())).append("</text>\n");
            for (LocalDate date : row.getValue()) {
                double x = axis.x(date);
                // A diamond: events are instants, obligations are spans, and the shapes say so.
                svg.append("<path class=\"event-mark\" data-date=\"").append(date).append("\" d=\"M")
                        .append(Page.num(x)).append(' ').append(Page.num(middle - 6)).append(" l6 6 l-6 6 l-6 -6 z\" fill=\"#555\">")
                        .append("<title>").append(Html.escape(row.getKey() + " " + date)).append("</title></path>\n");
            }
            y += ROW;
        }
        svg.append("</g>\n");
        y += gap;

        svg.append("<g class=\"obligations\">\n");
        for (ScheduleEntry entry : shown) {
            LocalDate due = entry.due().get();
            double from = axis.x(start(entry));
            double to = axis.x(due);
            double barWidth = Math.max(4, to - from);
            svg.append("<text class=\"row-label\" x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(Html.escape(rowLabel(entry))).append("</text>\n");
            // The outline keeps a light bar (due soon, not applicable) distinct from the white page (WCAG 1.4.11, 3:1).
            svg.append("<rect class=\"window-bar ").append(Page.cssClass(entry.status())).append("\" data-rule=\"")
                    .append(Html.escape(entry.rule().id())).append("\" data-status=\"").append(entry.status().name())
                    .append("\" data-due=\"").append(due).append("\" x=\"").append(Page.num(to - barWidth)).append("\" y=\"")
                    .append(y + 4).append("\" width=\"").append(Page.num(barWidth)).append("\" height=\"").append(ROW - 8)
                    .append("\" rx=\"2\" fill=\"").append(Page.colour(entry.status())).append("\" stroke=\"").append(OUTLINE)
                    .append("\" stroke-width=\"0.75\">")
                    .append("<title>").append(Html.escape(entry.rule().title() + " #" + entry.label() + ": "
                            + start(entry) + " to " + due + ", " + entry.status())).append("</title></rect>\n");
            if (entry.status() == Status.OVERDUE && schedule.asOf().isAfter(due)) {
                // How late it is: a line from the due date on to the as-of date (findings P11: the bar stopped at its due date).
                svg.append("<line class=\"late-run\" data-rule=\"").append(Html.escape(entry.rule().id())).append("\" x1=\"")
                        .append(Page.num(to)).append("\" y1=\"").append(y + ROW / 2).append("\" x2=\"")
                        .append(Page.num(axis.x(schedule.asOf()))).append("\" y2=\"").append(y + ROW / 2).append("\" stroke=\"")
                        .append(Page.colour(Status.OVERDUE)).append("\" stroke-width=\"3\"><title>")
                        .append(Html.escape(entry.daysOverdue(schedule.asOf()) + " days overdue on " + schedule.asOf()))
                        .append("</title></line>\n");
            }
            svg.append("<line class=\"due-mark\" x1=\"").append(Page.num(to)).append("\" y1=\"").append(y + 1)
                    .append("\" x2=\"").append(Page.num(to)).append("\" y2=\"").append(y + ROW - 1)
                    .append("\" stroke=\"#222\" stroke-width=\"2\"/>\n");
            if (entry.target().isPresent()) {
                // "Ideally P, at most Q": the ideal date as a dashed tick inside the bar that runs to the limit.
                String x = Page.num(axis.x(entry.target().get()));
                svg.append("<line class=\"target-mark\" data-date=\"").append(entry.target().get()).append("\" x1=\"")
                        .append(x).append("\" y1=\"").append(y + 1).append("\" x2=\"").append(x).append("\" y2=\"")
                        .append(y + ROW - 1).append("\" stroke=\"#222\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"><title>")
                        .append(Html.escape("ideally by " + entry.target().get())).append("</title></line>\n");
            }
            if (entry.metBy().isPresent()) {
                LocalDate met = entry.metBy().get().date();
                svg.append("<circle class=\"met-mark\" data-date=\"").append(met)
                        .append("\" cx=\"").append(Page.num(axis.x(met))).append("\" cy=\"").append(y + ROW / 2)
                        .append("\" r=\"4\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"1.5\"><title>")
                        .append(Html.escape("met on " + met)).append("</title></circle>\n");
            }
            y += ROW;
        }
        svg.append("</g>\n");

        double asOf = axis.x(schedule.asOf());
        String asOfX = Page.num(asOf);
        svg.append("<g class=\"as-of\"><line x1=\"").append(asOfX).append("\" y1=\"").append(TOP).append("\" x2=\"")
                .append(asOfX).append("\" y2=\"").append(chartBottom)
                .append("\" stroke=\"#000\" stroke-dasharray=\"4 3\"/><text x=\"").append(asOfX).append("\" y=\"")
                .append(TOP - 24).append("\" text-anchor=\"").append(anchor(asOf, labelWidth, width)).append("\">as of ")
                .append(schedule.asOf()).append("</text></g>\n");

        svg.append(legend.svg());
        svg.append("</svg>\n");
        return svg.append(later(later, horizon)).toString();
    }

    /** The last day the picture shows ahead of the as-of date: what is due after it is listed, not drawn. */
    static LocalDate horizon(Schedule schedule) {
        return schedule.asOf().plusMonths(HORIZON_MONTHS);
    }

    /** The obligations due after the horizon, as a list under the picture: title, occurrence, due date, status. */
    private static String later(List<ScheduleEntry> later, LocalDate horizon) {
        if (later.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("<p class=\"later-heading\">Due after ").append(horizon)
                .append(", beyond the timeline:</p>\n<ul id=\"later-list\">\n");
        for (ScheduleEntry entry : later) {
            list.append("<li class=\"later-item\" data-rule=\"").append(Html.escape(entry.rule().id())).append("\">")
                    .append(Html.escape(entry.rule().title())).append(" (").append(Html.escape(rowLabel(entry)))
                    .append("), due ").append(Text.dueWithTime(entry)).append(": ").append(Page.statusLabel(entry.status()))
                    .append("</li>\n");
        }
        return list.append("</ul>\n").toString();
    }

    /** An obligation's row label: "cp.core-groups #3", "lac.visits #2.10" for the tenth of the second chain. */
    private static String rowLabel(ScheduleEntry entry) {
        return entry.rule().id() + " #" + entry.label();
    }

    /** The legend as placed, and where it ends. */
    private record Legend(String svg, int bottom) {
    }

    /**
     * The legend: the statuses drawn, then the event, met and due marks and the as-of line, each in
     * words, wrapping onto a new line before the right edge.
     */
    private static Legend legend(List<ScheduleEntry> dated, int top, int left, int width) {
        Set<Status> shown = EnumSet.noneOf(Status.class);
        dated.forEach(entry -> shown.add(entry.status()));
        List<String[]> items = new ArrayList<>();
        for (Status status : shown) {
            items.add(new String[] {"<rect x=\"{x}\" y=\"{top}\" width=\"14\" height=\"12\" fill=\"" + Page.colour(status)
                    + "\" stroke=\"" + OUTLINE + "\" stroke-width=\"0.75\"/>", Text.words(status)});
        }
        items.add(new String[] {"<path d=\"M{x6} {top} l6 6 l-6 6 l-6 -6 z\" fill=\"#555\"/>", "event"});
        items.add(new String[] {"<circle cx=\"{x6}\" cy=\"{mid}\" r=\"4\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"1.5\"/>",
            "met on"});
        items.add(new String[] {"<line x1=\"{x6}\" y1=\"{top}\" x2=\"{x6}\" y2=\"{bottom}\" stroke=\"#222\" stroke-width=\"2\"/>",
            "due date (bar: the window up to it)"});
        if (dated.stream().anyMatch(entry -> entry.status() == Status.OVERDUE)) {
            items.add(new String[] {"<line x1=\"{x}\" y1=\"{mid}\" x2=\"{x14}\" y2=\"{mid}\" stroke=\"" + Page.colour(Status.OVERDUE)
                    + "\" stroke-width=\"3\"/>", "days overdue, up to the as-of date"});
        }
        if (dated.stream().anyMatch(entry -> entry.target().isPresent())) {
            items.add(new String[] {"<line x1=\"{x6}\" y1=\"{top}\" x2=\"{x6}\" y2=\"{bottom}\" stroke=\"#222\""
                    + " stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>", "ideal date"});
        }
        items.add(new String[] {"<line x1=\"{x6}\" y1=\"{top}\" x2=\"{x6}\" y2=\"{bottom}\" stroke=\"#000\""
                + " stroke-dasharray=\"4 3\"/>", "as-of date"});
        StringBuilder legend = new StringBuilder("<g class=\"legend\">\n");
        int x = left;
        int y = top;
        for (String[] item : items) {
            int itemWidth = 18 + (int) Math.ceil(CHAR_WIDTH * item[1].length()) + 16;
            if (x > left && x + itemWidth > width - RIGHT_MARGIN) {
                x = left;
                y += 22;
            }
            String mark = item[0].replace("{x6}", Integer.toString(x + 6)).replace("{x14}", Integer.toString(x + 14))
                    .replace("{x}", Integer.toString(x))
                    .replace("{top}", Integer.toString(y)).replace("{mid}", Integer.toString(y + 6))
                    .replace("{bottom}", Integer.toString(y + 12));
            legend.append("<g class=\"legend-item\">").append(mark).append("<text x=\"").append(x + 18).append("\" y=\"")
                    .append(y + 10).append("\">").append(Html.escape(item[1])).append("</text></g>\n");
            x += itemWidth;
        }
        return new Legend(legend.append("</g>\n").toString(), y + 14);
    }

    /** Where an obligation's bar starts: its window's first day, else the day its clock started, else its due date. */
    static LocalDate start(ScheduleEntry entry) {
        LocalDate due = entry.due().orElseThrow();
        LocalDate start = entry.windowStart().or(entry::clockStartedOn).orElse(due);
        return start.isAfter(due) ? due : start;
    }

    private static String table(Schedule schedule) {
        StringBuilder table = new StringBuilder("<table id=\"entries-table\">\n<thead><tr><th>Rule</th><th>Occurrence</th>"
                + "<th>Title</th><th>Window start</th><th>Due</th><th>Status</th><th>Met on</th><th>Explanation</th></tr></thead>\n<tbody>\n");
        for (ScheduleEntry entry : schedule.entries()) {
            table.append("<tr class=\"entry\"><td class=\"rule\">").append(Html.escape(entry.rule().id()))
                    .append("</td><td class=\"num\">").append(entry.label())
                    .append("</td><td>").append(Html.escape(entry.rule().title()))
                    .append("</td><td class=\"date\">").append(Text.date(entry.windowStart()))
                    .append("</td><td class=\"date\">").append(Text.dueWithTime(entry)).append(entry.provisional() ? " (provisional)" : "")
                    .append("</td><td>").append(Page.statusLabel(entry.status()))
                    .append("</td><td class=\"date\">").append(Text.metOn(entry))
                    .append("</td><td>").append(Html.escape(entry.explanationInEnglish()))
                    .append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    /** Text near either end of the plot grows inwards, so it is never cut off by the edge. */
    private static String anchor(double x, int left, int width) {
        return x > width - RIGHT_MARGIN - 60 ? "end" : x < left + 60 ? "start" : "middle";
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The date axis: a linear scale from the first date to the last across the plot, which starts at {@code left}. */
    record Axis(LocalDate first, LocalDate last, int left) {

        double x(LocalDate date) {
            double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
            return left + PLOT_WIDTH * ChronoUnit.DAYS.between(first, date) / days;
        }

        /** The first of each month on the axis, thinned to at most about 12 labels. */
        List<LocalDate> ticks() {
            long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) + 1;
            int step = months <= 12 ? 1 : months <= 24 ? 2 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
            List<LocalDate> ticks = new ArrayList<>();
            LocalDate tick = first.withDayOfMonth(1).plusMonths(1);
            // Align to the step (January, April... for quarters) so long axes read as calendar periods.
            while ((tick.getMonthValue() - 1) % step != 0) {
                tick = tick.plusMonths(1);
            }
            for (; !tick.isAfter(last); tick = tick.plusMonths(step)) {
                ticks.add(tick);
            }
            return ticks;
        }
    }
}
