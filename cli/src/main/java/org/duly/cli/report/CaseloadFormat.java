package org.duly.cli.report;

import java.util.Collection;
import java.util.Map;
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
     * RFC 4180 tables, one per file ({@link #tables(CaseloadTally)}): {@code status}, {@code areas},
     * {@code overdue}, {@code timeliness}, {@code teams}, {@code workers}, and {@code due} with a work
     * tray. Rendered as one text, it is the work tray when one was asked for, else the
     * overdue list. Chain and occurrence are whole numbers; {@code share_on_time} is a fraction from 0 to 1.
     */
    CSV("csv", "text/csv") {
        @Override
        String render(Caseload caseload) {
            Map<String, String> tables = CaseloadCsv.tables(caseload);
            return tables.get(defaultTable(tables));
        }
    },

    /**
     * One JSON document for dashboards: the counts by status and area, the overdue list, the
     * timeliness of each rule, team and worker, and the work tray when one was asked for.
     */
    JSON("json", "application/json") {
        @Override
        String render(Caseload caseload) {
            return CaseloadJson.render(caseload);
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
        CaseloadTally tally = CaseloadTally.of(entry -> true, java.util.Optional.empty());
        schedules.forEach(schedule -> tally.add(schedule, Holder.NONE));
        return render(tally);
    }

    /**
     * Renders a caseload tallied with teams, workers, a filter and perhaps a work tray
     * ({@link CaseloadTally}).
     *
     * <p>Example:
     * <pre>{@code
     * CaseloadTally tally = CaseloadTally.of(entry -> true, Optional.of(LocalDate.parse("2024-09-16")));
     * caseFiles.forEach(file -> tally.add(file.evaluate(engine, policy, asOf), Holder.of(file.timeline().allocation())));
     * System.out.print(CaseloadFormat.TABLE.render(tally));
     * }</pre>
     *
     * @param tally the caseload, tallied
     * @return the rendering, ending with a line break
     */
    public String render(CaseloadTally tally) {
        return render(tally.caseload());
    }

    abstract String render(Caseload caseload);

    /**
     * The caseload as CSV tables, one per file, by name in the order a reader wants them:
     * {@code status}, {@code areas}, {@code overdue}, {@code timeliness}, {@code teams} and
     * {@code workers} (only a header when no case records a team or worker), and {@code due} (the work
     * tray) when one was asked for.
     *
     * <p>Example:
     * <pre>{@code
     * Map<String, String> tables = CaseloadFormat.tables(tally);
     * assertThat(tables.get("status")).startsWith("status,count");
     * }</pre>
     *
     * @param tally the caseload, tallied
     * @return each table's CSV text, by the table's name
     */
    public static Map<String, String> tables(CaseloadTally tally) {
        return CaseloadCsv.tables(tally.caseload());
    }

    /**
     * The caseload's CSV tables as {@link #tables(CaseloadTally)} gives them, each written when asked:
     * the overdue list and the work tray row by row, so that a national caseload's million rows go
     * to their file as they are formatted, never held as one string.
     *
     * <p>Example:
     * <pre>{@code
     * try (Writer out = Files.newBufferedWriter(Path.of("overdue.csv"))) {
     *     CaseloadFormat.csvTables(tally).get("overdue").writeTo(out);
     * }
     * }</pre>
     *
     * @param tally the caseload, tallied
     * @return each table, by its name, in the same order
     */
    public static Map<String, CsvTable> csvTables(CaseloadTally tally) {
        return CaseloadCsv.streamed(tally.caseload());
    }

    /**
     * The table a CSV holds alone when none is named: the work tray ({@code due}) when there is one,
     * else the overdue list.
     *
     * <p>Example:
     * <pre>{@code
     * Map<String, String> tables = CaseloadFormat.tables(tally);
     * String csv = tables.get(CaseloadFormat.defaultTable(tables));
     * }</pre>
     *
     * @param tables the caseload's tables, from {@link #tables(CaseloadTally)} or {@link #csvTables(CaseloadTally)}
     * @return the name of the table
     */
    public static String defaultTable(Map<String, ?> tables) {
        return CaseloadCsv.defaultTable(tables);
    }

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
