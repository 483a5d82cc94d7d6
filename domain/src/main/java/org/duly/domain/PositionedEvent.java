package org.duly.domain;

import java.util.Objects;
import org.duly.domain.events.TimelineEvent;

/**
 * An event with its position in the input it was read from, counted from 1 as a person counts, so
 * that a problem found in it names the right event even when events before it could not be read.
 * A reader of records (a case file, a case management system's export) numbers the events it read
 * and hands them to a timeline's {@code check} in a {@link TimelineDraft}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param position the event's position in the input, from 1
 * @param event the event
 * @param <E> the type of event
 */
public record PositionedEvent<E extends TimelineEvent>(int position, E event) {

    /**
     * Checks the event is present and the position counts from 1.
     *
     * @throws IllegalArgumentException if the position is below 1
     */
    public PositionedEvent {
        Objects.requireNonNull(event, "event " + position);
        if (position < 1) {
            throw new IllegalArgumentException("an event's position counts from 1, not " + position);
        }
    }

    /**
     * An event at a position.
     *
     * <p>Example:
     * <pre>{@code
     * PositionedEvent<CaseEvent> third = PositionedEvent.of(3, ConferenceHeld.builder()
     *     .date(LocalDate.parse("2024-03-20")).kind(ConferenceKind.INITIAL).build());
     * assertThat(third.position()).isEqualTo(3);
     * }</pre>
     *
     * @param position the event's position in the input, from 1
     * @param event the event
     * @param <E> the type of event
     * @return the positioned event
     */
    public static <E extends TimelineEvent> PositionedEvent<E> of(int position, E event) {
        return new PositionedEvent<>(position, event);
    }

    /** The event's case-file name. */
    String name() {
        return event.eventType().caseFileName();
    }

    /** How a message refers to this event: {@code event 4 (strategy discussion on 2024-03-05)}. */
    String reference() {
        return "event " + position + " (" + event.eventType().description() + " on " + event.date() + ")";
    }

    TimelineProblem problem(String field, String message) {
        return TimelineProblem.of(position, name(), field, message);
    }
}
