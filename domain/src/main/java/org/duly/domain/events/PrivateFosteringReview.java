package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review of a private fostering arrangement: at least every 12 months, more often if the child is also in
 * need.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PRIVATE_FOSTERING_REVIEW
 */
@Value.Immutable
public interface PrivateFosteringReview extends PrivateFosteringEvent {

    /**
     * The arrangement reviewed, where the child has had more than one.
     *
     * @return the arrangement id, or empty if not recorded
     */
    @Override
    Optional<String> arrangementId();

    /**
     * Whether the review was shared with the Designated Manager for Private Fostering and at the Private Fostering Panel,
     * as the booklet asks of the annual review. False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean sharedWithDesignatedManagerAndPanel() {
        return false;
    }

    /**
     * A builder for a private fostering review.
     *
     * <p>Example:
     * <pre>{@code
     * PrivateFosteringReview privateFosteringReview = PrivateFosteringReview.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(privateFosteringReview.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a private fostering review, from {@link PrivateFosteringReview#builder()}. */
    final class Builder extends ImmutablePrivateFosteringReview.Builder {
        Builder() {
        }
    }
}
