package org.duly.casefile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.duly.domain.Timeline;
import org.duly.workflows.engine.Schedule;

/**
 * What a report may show about the subject of a schedule: its case id and the dates of its events,
 * each named by its kind ("strategy discussion"). Nothing else of the case is carried, so no format
 * can leak a child's name, date of birth or an event's free text: the reports are built from this
 * and the {@link Schedule} alone.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param caseId the case id, the only identifier a report shows
 * @param marks the case's events, in date order
 */
public record Journey(String caseId, List<Mark> marks) {

    /** Checks the id is present and sorts the marks by date, keeping the case's order on one day. */
    public Journey {
        Objects.requireNonNull(caseId, "caseId");
        marks = marks.stream().sorted(Comparator.comparing(Mark::date)).toList();
    }

    /**
     * One event of the journey: its date and its kind in words.
     *
     * @param date the date it happened
     * @param label the kind of event: "strategy discussion"
     */
    public record Mark(LocalDate date, String label) {
        /** Checks both parts are present. */
        public Mark {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The journey of a subject: its id and every event, by kind and date, whether it is a child's
     * case, a complaint (received, acknowledged, escalated...) or a worker (started in post,
     * supervision sessions...).
     *
     * <p>Example:
     * <pre>{@code
     * Journey journey = Journey.of(timeline);
     * assertThat(journey.marks()).extracting(Journey.Mark::label).contains("strategy discussion");
     * String page = ScheduleFormat.HTML.render(Journey.of(complaint), engine.evaluate(complaint, policy, asOf));
     * }</pre>
     *
     * @param timeline the subject's timeline
     * @return its journey
     */
    public static Journey of(Timeline timeline) {
        return new Journey(timeline.subjectId(), timeline.events().stream()
                .map(event -> new Mark(event.date(), event.eventType().description()))
                .toList());
    }

    /**
     * A journey with no events, for subjects that are not a child's case (a complaint, a member of
     * staff): the reports then show the schedule's subject id and the obligations only.
     *
     * <p>Example:
     * <pre>{@code
     * String ics = ScheduleFormat.ICS.render(Journey.of(schedule), schedule);
     * }</pre>
     *
     * @param schedule the schedule
     * @return a journey with the schedule's subject id and no events
     */
    public static Journey of(Schedule schedule) {
        return new Journey(schedule.subject(), List.of());
    }
}
