package org.duly.domain.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Something that happened in a child's case, on a date: the facts every timescale of the practice
 * standards booklet counts from or is met by. Each kind of event is a value type of its own
 * ({@link StrategyDiscussion}, {@link PlacementStarted}, {@link LookedAfterReview}), listed with its
 * case-file name and English description in {@link CaseEventType}.
 *
 * <p>Dates and times are local to England: {@value #TIME_ZONE_ID}. A time is optional everywhere and
 * matters where a rule counts hours: a concern of significant harm, a strategy discussion, the child
 * seen alone in a section 47 enquiry.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CaseEvent {

    /** The time zone of every date and time in a case: {@value}. */
    String TIME_ZONE_ID = "Europe/London";

    /**
     * The day it happened.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * The time of day it happened, in England's local time, where the record has one.
     *
     * @return the time, empty by default
     */
    Optional<LocalTime> time();

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
        return time().map(date()::atTime);
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
     * This event's entry in the registry: its case-file name and description.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(StrategyDiscussion.builder().date(LocalDate.parse("2024-03-05")).initiatedSection47(true).build()
     *     .eventType().caseFileName()).isEqualTo("strategyDiscussion");
     * }</pre>
     *
     * @return the event type
     */
    default CaseEventType eventType() {
        return CaseEventType.of(this);
    }
}
