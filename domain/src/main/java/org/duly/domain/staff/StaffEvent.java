package org.duly.domain.staff;

import java.time.LocalDate;

/**
 * Something that happened in a worker's employment that a supervision or reflective case review
 * timescale counts, on a date. Each kind is listed in {@link StaffEventType}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface StaffEvent {

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
    default StaffEventType eventType() {
        return StaffEventType.of(this);
    }
}
