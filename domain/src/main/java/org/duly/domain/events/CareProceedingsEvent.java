package org.duly.domain.events;

import java.util.Optional;

/**
 * An event of a set of care proceedings, naming the proceedings where a child
 * has more than one set.
 */
public interface CareProceedingsEvent extends CaseEvent {

    /**
     * The identifier of the proceedings (for example the court's case number), where a child has more than one set.
     *
     * @return the proceedings id, or empty when the child has one set at a time
     */
    Optional<String> proceedingsId();
}
