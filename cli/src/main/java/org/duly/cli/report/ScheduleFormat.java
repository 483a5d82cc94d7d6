package org.duly.cli.report;

import org.duly.casefile.Journey;
import org.duly.casefile.ScheduleJson;
import org.duly.domain.Timeline;
import org.duly.workflows.engine.Schedule;

/**
 * The ways {@code duly schedule} can write one subject's schedule. Each format renders the
 * schedule and the subject's {@link Journey} (its case id and dated events, nothing personal) to a
 * string; the same inputs always give the same bytes, whatever the machine or the time of day.
 *
 * <p>Example:
 * <pre>{@code
 * Schedule schedule = Engine.create().evaluate(timeline, DerbyshirePracticeStandards.policy(), asOf);
 * String page = ScheduleFormat.HTML.render(timeline, schedule);
 * }</pre>
 */
public enum ScheduleFormat {

    /**
     * Aligned columns for a terminal: rule, occurrence, window start, due, status, met on, title, and the
     * reason for an entry not applicable, not computable, not required or missed (a column only when
     * some entry has one); then the counts.
     */
    TABLE("txt", "text/plain") {
        @Override
        public String render(Journey journey, Schedule schedule) {
            return ScheduleTable.render(journey, schedule);
        }
    },

    /**
     * RFC 4180 CSV with CRLF line ends and the header
     * {@code case_id,area,rule_id,spec_ids,title,chain,occurrence,window_start,due,due_time,status,met_on,provisional,explanation};
     * the chain (1, then 2 after a placement move ...) and the occurrence within it are whole numbers,
     * spec ids are joined with {@code ;}, dates are ISO, {@code due_time} is the time of day of a
     * deadline in hours (empty for the others), the explanation is in English.
     */
    CSV("csv", "text/csv") {
        @Override
        public String render(Journey journey, Schedule schedule) {
            return ScheduleCsv.render(journey, schedule);
        }
    },

    /**
     * JSON: the case id, policy, calendar and as-of date, the counts by status, the events, and every
     * entry with its explanation as structure ({@code kind}, anchor, period, skipped holidays with
     * their names, month-end rounding, provisional) and as English text. Keys are in a fixed order.
     */
    JSON("json", "application/json") {
        @Override
        public String render(Journey journey, Schedule schedule) {
            return ScheduleJson.write(journey, schedule);
        }
    },

    /**
     * iCalendar: each open obligation (upcoming, due soon, overdue) as an all-day event on its due
     * date, with the rule's title and the case id as summary and the explanation as description. UIDs and DTSTAMPs
     * are derived from the schedule, so importing a newer file updates the same entries.
     */
    ICS("ics", "text/calendar") {
        @Override
        public String render(Journey journey, Schedule schedule) {
            return ScheduleIcs.render(journey, schedule);
        }
    },

    /**
     * One self-contained HTML page (inline CSS and SVG, nothing loaded): a timeline of the events
     * and of each obligation's window up to its due date, coloured by status, with a legend; then
     * the table of entries.
     */
    HTML("html", "text/html") {
        @Override
        public String render(Journey journey, Schedule schedule) {
            return ScheduleHtml.render(journey, schedule);
        }
    };

    private final String fileExtension;
    private final String mediaType;

    ScheduleFormat(String fileExtension, String mediaType) {
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /**
     * Renders a schedule with the subject's journey.
     *
     * <p>Example:
     * <pre>{@code
     * String csv = ScheduleFormat.CSV.render(Journey.of(timeline), schedule);
     * }</pre>
     *
     * @param journey the subject's case id and events
     * @param schedule its schedule
     * @return the rendering; text formats end with a line break
     */
    public abstract String render(Journey journey, Schedule schedule);

    /**
     * Renders the schedule of a subject (a child's case, a complaint, a worker), with its events.
     *
     * <p>Example:
     * <pre>{@code
     * System.out.print(ScheduleFormat.TABLE.render(timeline, schedule));
     * }</pre>
     *
     * @param timeline the subject's timeline
     * @param schedule its schedule
     * @return the rendering
     */
    public String render(Timeline timeline, Schedule schedule) {
        return render(Journey.of(timeline), schedule);
    }

    /**
     * Renders a schedule without events, for a complaint or a member of staff.
     *
     * <p>Example:
     * <pre>{@code
     * String ics = ScheduleFormat.ICS.render(complaintSchedule);
     * }</pre>
     *
     * @param schedule the schedule
     * @return the rendering
     */
    public String render(Schedule schedule) {
        return render(Journey.of(schedule), schedule);
    }

    /**
     * The usual file name extension, without the dot: "csv".
     *
     * <p>Example:
     * <pre>{@code
     * Path out = Path.of(caseId + "." + ScheduleFormat.ICS.fileExtension());
     * }</pre>
     *
     * @return the extension
     */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * The media type of the rendering: "text/calendar".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ScheduleFormat.HTML.mediaType()).isEqualTo("text/html");
     * }</pre>
     *
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }
}
