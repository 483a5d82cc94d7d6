package org.duly.domain.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * What every event of every timeline has: a date, a time where the record has one, and its
 * {@linkplain EventType type}. The events of a child's case ({@link CaseEvent}), of a complaint
 * ({@code ComplaintEvent}) and of a worker's employment ({@code StaffEvent}) all extend it, so that
 * a report, a journey or a reader can walk the events of any {@code org.duly.domain.Timeline}.
 *
 * <p>Dates and times are local to England: {@value #TIME_ZONE_ID}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface TimelineEvent {

    /** The time zone of every date and time on a timeline: {@value}. */
    String TIME_ZONE_ID = "Europe/London";

    /**
     * The day it happened.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * The time of day it happened, in England's local time, where the record has one. Only the
     * events of a child's case record a time; the others have none.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(SupervisionSession.builder().date(LocalDate.parse("2024-03-05")).build().time()).isEmpty();
     * }</pre>
     *
     * @return the time, empty by default
     */
    default Optional<LocalTime> time() {
        return Optional.empty();
    }

    /**
     * The date and time it happened, where the time is known.
     *
     * <p>Example:
     * <pre>{@code
     * StrategyDiscussion discussion = StrategyDiscussion.builder()
     *     .date(LocalDate.parse("2024-03-05")).time(LocalTime.parse("14:30")).initiatedSection47(true).build();
     * assertThat(discussion.dateTime()).contains(LocalDateTime.parse("2024-03-05T14:30"));
     * }</pre>
     *
     * @return the local date and time, or empty without a time
     */
    default Optional<LocalDateTime> dateTime() {
        // Asked of every event of a case: most have no time, and then nothing is made.
        Optional<LocalTime> time = time();
        return time.isEmpty() ? Optional.empty() : Optional.of(date().atTime(time.get()));
    }

    /**
     * The instant it happened, on England's clock, for rules that count elapsed hours across a
     * change of the clocks. In the repeated hour of October the earlier of the two is taken.
     *
     * <p>Example:
     * <pre>{@code
     * SignificantHarmConcern concern = SignificantHarmConcern.builder()
     *     .date(LocalDate.parse("2024-03-30")).time(LocalTime.parse("10:00")).build();
     * assertThat(concern.zonedDateTime().orElseThrow().plusHours(24).toLocalDateTime())
     *     .isEqualTo("2024-03-31T11:00");
     * }</pre>
     *
     * @return the zoned date and time, or empty without a time
     */
    default Optional<ZonedDateTime> zonedDateTime() {
        return dateTime().map(local -> local.atZone(ZoneId.of(TIME_ZONE_ID)));
    }

    /**
     * This event's type: its case-file name and its description in English. Duly's own events find
     * it in their registry; an application's own event class returns the type it declared with
     * {@link EventType#of}.
     *
     * <p>Example:
     * <pre>{@code
     * TimelineEvent event = StrategyDiscussion.builder().date(LocalDate.parse("2024-03-05")).initiatedSection47(true).build();
     * assertThat(event.eventType().caseFileName()).isEqualTo("strategyDiscussion");
     * assertThat(event.eventType().description()).isEqualTo("strategy discussion");
     * }</pre>
     *
     * @return the event type
     */
    EventType eventType();
}
