package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A placement ended; its date is the first day the child no longer lives there, so a move ends one placement
 * and starts the next on the same day (list the end first). Ceasing to be looked after ends the placement too,
 * so its end may be left out then, or listed after the cessation on the same day. Visits to it stop.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PLACEMENT_ENDED
 */
@Value.Immutable
public interface PlacementEnded extends PlacementEvent {

    /**
     * The placement ended, where placements carry identifiers.
     *
     * @return the placement id, or empty if not recorded
     */
    @Override
    Optional<String> placementId();

    /**
     * A builder for an end of a placement.
     *
     * <p>Example:
     * <pre>{@code
     * PlacementEnded placementEnded = PlacementEnded.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(placementEnded.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an end of a placement, from {@link PlacementEnded#builder()}. */
    final class Builder extends ImmutablePlacementEnded.Builder {
        Builder() {
        }
    }
}
