package org.duly.domain;

import org.duly.domain.events.CaseEvent;

/** An event with its position in the input, from 1, so that a problem can say where it is. */
record PositionedEvent(int position, CaseEvent event) {

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
