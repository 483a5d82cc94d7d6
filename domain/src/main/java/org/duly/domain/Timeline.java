package org.duly.domain;

import java.time.LocalDate;
import java.util.List;
import org.duly.domain.events.TimelineEvent;
import org.duly.domain.value.Allocated;

/**
 * The records of one subject, in date order and checked for consistency: a child's case
 * ({@link CaseTimeline}), a complaint ({@link ComplaintTimeline}) or a worker's supervision
 * ({@link StaffTimeline}). Everything that treats the three alike (the engine, a journey, a case
 * file, a report) takes a timeline; what only one subject has (a child's care history, a worker's
 * role on a date) is on its own type.
 *
 * <p>Every event is a {@link TimelineEvent}, so each has a date, a time where recorded, and an
 * {@linkplain TimelineEvent#eventType() event type} with its case-file name and English words.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Timeline permits CaseTimeline, ComplaintTimeline, StaffTimeline {

    /**
     * The case management system's identifier of the subject: the child's, the complaint's or the
     * worker's id. Never a name.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.subjectId()).isEqualTo("C-1042");
     * }</pre>
     *
     * @return the identifier, never blank
     */
    String subjectId();

    /**
     * Who holds the subject's work: its team and allocated worker, by id, as the subject's record
     * gives them (the child, the complaint or the worker). No rule reads them; reports group by them.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.allocation().team()).contains("CP-NORTH");
     * }</pre>
     *
     * @return the subject, as its team and allocated worker
     */
    Allocated allocation();

    /**
     * Every event, in date order (and in time order within a day where both have a time).
     *
     * <p>Example:
     * <pre>{@code
     * for (TimelineEvent event : timeline.events()) {
     *     System.out.println(event.date() + " " + event.eventType().description());
     * }
     * }</pre>
     *
     * @return the events, unmodifiable
     */
    List<? extends TimelineEvent> events();

    /**
     * The timeline as it stood at the end of a day: the events dated on or before it. Every
     * consistency rule looks only backward, so the shorter timeline is still valid.
     *
     * <p>Example:
     * <pre>{@code
     * Timeline known = timeline.upTo(LocalDate.parse("2024-03-10"));
     * assertThat(known.events()).allSatisfy(event -> assertThat(event.date()).isBeforeOrEqualTo("2024-03-10"));
     * }</pre>
     *
     * @param date the last day to keep
     * @return the timeline of the events on or before the date; this one if none is later
     */
    Timeline upTo(LocalDate date);
}
