package org.duly.domain.complaints;

import java.time.LocalDate;

/**
 * Something that happened to a complaint, on a date. Each kind is listed in {@link ComplaintEventType}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ComplaintEvent {

    /**
     * The day it happened.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * This event's entry in the registry: its case-file name, description and spec ids.
     *
     * @return the event type
     */
    default ComplaintEventType eventType() {
        return ComplaintEventType.of(this);
    }
}
