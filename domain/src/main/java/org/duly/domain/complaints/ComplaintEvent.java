package org.duly.domain.complaints;

import org.duly.domain.events.TimelineEvent;

/**
 * Something that happened to a complaint, on a date. Each kind is listed in {@link ComplaintEventType}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ComplaintEvent extends TimelineEvent {

    /**
     * This event's entry in the registry: its case-file name and description.
     *
     * @return the event type
     */
    @Override
    default ComplaintEventType eventType() {
        return ComplaintEventType.of(this);
    }
}
