package org.duly.domain.events;

import java.util.Optional;

/**
 * An event of a child's plan (created, reviewed, ended), naming the plan by kind and, where a child
 * can have more than one of a kind, identifier.
 */
public interface ChildsPlanEvent extends CaseEvent {

    /**
     * The kind of plan.
     *
     * @return the kind
     */
    ChildsPlanKind kind();

    /**
     * The case management system's identifier for the plan, where a child can have more than one of a kind.
     *
     * @return the plan id, or empty when the child has one plan of a kind at a time
     */
    Optional<String> planId();
}
