package org.duly.cli.report;

import java.util.Collection;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleSummary;

/**
 * The ways {@code duly caseload} can write the summary of many schedules (see
 * {@link ScheduleSummary#of}): the counts by status and by area, the overdue items from the most
 * days overdue, and each rule's timeliness (the share of its due occurrences met on time). Only case
 * ids identify a case. The same schedules always give the same bytes.
 *
 * <p>Example:
 * <pre>{@code
 * List<Schedule> schedules = timelines.stream().map(t -> engine.evaluate(t, policy, asOf)).toList();
 * String page = CaseloadFormat.HTML.render(schedules);
 * }</pre>
 */
public enum CaseloadFormat {

    /** Aligned columns for a terminal: by status, by area, overdue, timeliness. */
    TABLE("txt", "text/plain") {
        @Override
        public String render(Collection<Schedule> schedules) {
            return CaseloadTable.render(Caseload.of(schedules));
        }
    },

    /**
     * One RFC 4180 table with the header
     * {@code section,area,status,case_id,rule_id,title,occurrence,due,days_overdue,count,met_on_time,met_late,overdue,share_on_time};
     * {@code section} is {@code status}, {@code area}, {@code overdue} or {@code timeliness} and
     * says which columns a row fills; {@code share_on_time} is a fraction from 0 to 1.
     */
    CSV("csv", "text/csv") {
        @Override
        public String render(Collection<Schedule> schedules) {
            return CaseloadCsv.render(Caseload.of(schedules));
        }
    },

    /**
     * One self-contained HTML page (inline CSS and SVG, nothing loaded): a bar chart of each rule's
     * timeliness, a stacked bar chart of each area's obligations by status, and the tables.
     */
    HTML("html", "text/html") {
        @Override
        public String render(Collection<Schedule> schedules) {
            return CaseloadHtml.render(Caseload.of(schedules));
        }
    };

    private final String fileExtension;
    private final String mediaType;

    CaseloadFormat(String fileExtension, String mediaType) {
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /**
     * Renders the summary of a caseload's schedules.
     *
     * <p>Example:
     * <pre>{@code
     * System.out.print(CaseloadFormat.TABLE.render(schedules));
     * }</pre>
     *
     * @param schedules one schedule per case, in the order cases should be listed where order is not by a measure
     * @return the rendering, ending with a line break
     */
    public abstract String render(Collection<Schedule> schedules);

    /**
     * The usual file name extension, without the dot: "html".
     *
     * <p>Example:
     * <pre>{@code
     * Path out = Path.of("caseload." + CaseloadFormat.HTML.fileExtension());
     * }</pre>
     *
     * @return the extension
     */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * The media type of the rendering: "text/csv".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseloadFormat.CSV.mediaType()).isEqualTo("text/csv");
     * }</pre>
     *
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }
}
