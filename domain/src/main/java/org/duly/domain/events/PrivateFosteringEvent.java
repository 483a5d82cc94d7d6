package org.duly.domain.events;

import java.util.Optional;

/**
 * An event of a private fostering arrangement, naming the arrangement where the
 * child has had more than one.
 */
public interface PrivateFosteringEvent extends CaseEvent {

    /**
     * The identifier of the arrangement, where the child has had more than one.
     *
     * @return the arrangement id, or empty when the child has one arrangement at a time
     */
    Optional<String> arrangementId();
}
