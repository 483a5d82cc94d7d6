package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A looked after review, chaired by the IRO: the first within 20 working days of becoming looked after,
 * the second within 3 months, then at least every 6 months. Personal education plans are
 * reviewed in line with them.
 *
 * <p>It cannot precede the child's birth. Instances are immutable
 * and thread-safe.
 *
 * @see CaseEventType#LOOKED_AFTER_REVIEW
 */
@Value.Immutable
public interface LookedAfterReview extends CaseEvent {

    /**
     * A builder for a looked after review.
     *
     * <p>Example:
     * <pre>{@code
     * LookedAfterReview lookedAfterReview = LookedAfterReview.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(lookedAfterReview.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a looked after review, from {@link LookedAfterReview#builder()}. */
    final class Builder extends ImmutableLookedAfterReview.Builder {
        Builder() {
        }
    }
}
