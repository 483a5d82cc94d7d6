package org.duly.domain.staff;

import org.duly.domain.events.TimelineEvent;

/**
 * Something that happened in a worker's employment that a supervision or reflective case review
 * timescale counts, on a date. Each kind is listed in {@link StaffEventType}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface StaffEvent extends TimelineEvent {

    /**
     * This event's entry in the registry: its case-file name and description.
     *
     * @return the event type
     */
    @Override
    default StaffEventType eventType() {
        return StaffEventType.of(this);
    }
}
