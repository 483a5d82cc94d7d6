package org.duly.domain.staff;

import org.duly.domain.events.EventType;
import org.duly.domain.events.TimelineEvent;

/**
 * Something that happened in a worker's employment that a supervision or reflective case review
 * timescale counts, on a date. Each kind is listed in {@link StaffEventType}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface StaffEvent extends TimelineEvent {

    /**
     * This event's type: its case-file name and description, from the registry
     * ({@link StaffEventType}); an application's own event class overrides this method to return the
     * type it declared with {@link EventType#of}.
     *
     * @return the event type
     * @throws IllegalArgumentException if the class is not Duly's own and does not override this method
     */
    @Override
    default EventType eventType() {
        return StaffEventType.of(this);
    }
}
