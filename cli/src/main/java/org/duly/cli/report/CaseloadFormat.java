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
        String render(Caseload caseload) {
            return CaseloadTable.render(caseload);
        }
    },

    /**
     * One RFC 4180 table with the header
     * {@code section,area,status,case_id,rule_id,title,chain,occurrence,due,days_overdue,count,met_on_time,met_late,overdue,share_on_time};
     * {@code section} is {@code status}, {@code area}, {@code overdue} or {@code timeliness} and
     * says which columns a row fills; {@code share_on_time} is a fraction from 0 to 1.
     */
    CSV("csv", "text/csv") {
        @Override
        String render(Caseload caseload) {
            return CaseloadCsv.render(caseload);
        }
    },

    /**
     * One self-contained HTML page (inline CSS and SVG, nothing loaded): a bar chart of each rule's
     * timeliness, a stacked bar chart of each area's obligations by status, and the tables.
     */
    HTML("html", "text/html") {
        @Override
        String render(Caseload caseload) {
            return CaseloadHtml.render(caseload);
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
    public String render(Collection<Schedule> schedules) {
        return render(Caseload.of(schedules));
    }

    /**
     * Renders the summary of a caseload tallied as its schedules came, so that none of them had to be
     * held: what {@link #render(Collection)} gives for the same schedules in the same order.
     *
     * <p>Example:
     * <pre>{@code
     * ScheduleSummary.Builder tally = ScheduleSummary.builder();
     * timelines.forEach(t -> tally.add(engine.evaluate(t, policy, asOf)));
     * System.out.print(CaseloadFormat.CSV.render(tally));
     * }</pre>
     *
     * @param tally the caseload's schedules, tallied
     * @return the rendering, ending with a line break
     */
    public String render(ScheduleSummary.Builder tally) {
        return render(Caseload.of(tally));
    }

    abstract String render(Caseload caseload);

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
