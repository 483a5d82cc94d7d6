package org.duly.domain.complaints;

import org.duly.domain.events.EventType;
import org.duly.domain.events.TimelineEvent;

/**
 * Something that happened to a complaint, on a date. Each kind is listed in {@link ComplaintEventType}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ComplaintEvent extends TimelineEvent {

    /**
     * This event's type: its case-file name and description, from the registry
     * ({@link ComplaintEventType}); an application's own event class overrides this method to return
     * the type it declared with {@link EventType#of}.
     *
     * @return the event type
     * @throws IllegalArgumentException if the class is not Duly's own and does not override this method
     */
    @Override
    default EventType eventType() {
        return ComplaintEventType.of(this);
    }
}
