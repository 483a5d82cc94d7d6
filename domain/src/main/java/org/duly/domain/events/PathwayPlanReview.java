package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A review of the pathway plan: at least every 6 months, and within 28 days of a change of accommodation
 * or a significant change.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PATHWAY_PLAN_REVIEW
 */
@Value.Immutable
public interface PathwayPlanReview extends CaseEvent {

    /**
     * Whether the review found the young person in education or training: the pathway plan then goes on being reviewed
     * after 21, to 25 (the booklet's "up to 24 if in education"; section 23CA of the Children Act 1989). False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean inEducationOrTraining() {
        return false;
    }

    /**
     * A builder for a pathway plan review.
     *
     * <p>Example:
     * <pre>{@code
     * PathwayPlanReview pathwayPlanReview = PathwayPlanReview.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(pathwayPlanReview.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a pathway plan review, from {@link PathwayPlanReview#builder()}. */
    final class Builder extends ImmutablePathwayPlanReview.Builder {
        Builder() {
        }
    }
}
