package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A placement planning meeting, within 5 working days of the start of the placement.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PLACEMENT_PLANNING_MEETING
 */
@Value.Immutable
public interface PlacementPlanningMeeting extends PlacementEvent {

    /**
     * The placement planned, where placements carry identifiers.
     *
     * @return the placement id, or empty if not recorded
     */
    @Override
    Optional<String> placementId();

    /**
     * A builder for a placement planning meeting.
     *
     * <p>Example:
     * <pre>{@code
     * PlacementPlanningMeeting placementPlanningMeeting = PlacementPlanningMeeting.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(placementPlanningMeeting.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a placement planning meeting, from {@link PlacementPlanningMeeting#builder()}. */
    final class Builder extends ImmutablePlacementPlanningMeeting.Builder {
        Builder() {
        }
    }
}
