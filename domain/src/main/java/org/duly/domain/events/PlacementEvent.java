package org.duly.domain.events;

import java.util.Optional;

/**
 * An event about a placement (its start and end, visits, planning, concerns), naming the placement
 * where placements carry identifiers.
 */
public interface PlacementEvent extends CaseEvent {

    /**
     * The identifier of the placement, where placements carry identifiers.
     *
     * @return the placement id, or empty when the event is about the current placement
     */
    Optional<String> placementId();
}
