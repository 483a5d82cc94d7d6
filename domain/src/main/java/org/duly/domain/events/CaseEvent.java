package org.duly.domain.events;

import java.time.LocalTime;
import java.util.Optional;
import org.duly.domain.value.Allocated;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * Something that happened in a child's case, on a date: the facts every timescale of the practice
 * standards booklet counts from or is met by. Each kind of event is a value type of its own
 * ({@link StrategyDiscussion}, {@link PlacementStarted}, {@link LookedAfterReview}), listed with its
 * case-file name and English description in {@link CaseEventType}. An application may add kinds of
 * its own: a class implementing this interface whose {@link #eventType()} returns a type declared
 * with {@link EventType#of}.
 *
 * <p>Dates and times are local to England: {@value TimelineEvent#TIME_ZONE_ID}. A time is optional
 * everywhere and matters where a rule counts hours: a concern of significant harm, a strategy
 * discussion, the child seen alone in a section 47 enquiry.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CaseEvent extends TimelineEvent {

    /**
     * The time of day it happened, in England's local time, where the record has one: every event
     * of a child's case may record one.
     *
     * @return the time, empty by default
     */
    @Override
    Optional<LocalTime> time();

    /**
     * The id of the worker who did it (who made the visit, chaired the meeting, wrote the record),
     * where the record has one: an id such as {@code W-17}, never a name. No rule reads it; a
     * schedule shows it with the record that met an obligation.
     *
     * <p>Example:
     * <pre>{@code
     * Visit visit = Visit.builder().date(LocalDate.parse("2024-03-05")).childSeen(true).worker("W-17").build();
     * assertThat(visit.worker()).contains("W-17");
     * }</pre>
     *
     * @return the worker's id, empty by default
     */
    @Value.Default
    default Optional<String> worker() {
        return Optional.empty();
    }

    /**
     * Checks the worker is recorded by an id, not a name ({@link Allocated#checkId}).
     *
     * @throws InvalidValueException if it is not an id
     */
    @Value.Check
    default void checkWorker() {
        Allocated.checkId("worker", worker());
    }

    /**
     * This event's type: its case-file name and description. Duly's own events find theirs in the
     * registry, {@link CaseEventType}; an application's own event class overrides this method to
     * return the type it declared with {@link EventType#of}.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(StrategyDiscussion.builder().date(LocalDate.parse("2024-03-05")).initiatedSection47(true).build()
     *     .eventType().caseFileName()).isEqualTo("strategyDiscussion");
     * }</pre>
     *
     * @return the event type
     * @throws IllegalArgumentException if the class is not Duly's own and does not override this
     *     method (a timeline reports such an event as a problem instead)
     */
    @Override
    default EventType eventType() {
        return CaseEventType.of(this);
    }
}
