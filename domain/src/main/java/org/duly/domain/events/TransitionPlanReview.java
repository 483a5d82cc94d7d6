package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A transition plan review (a multi-disciplinary discussion with an adult worker invited) for a young person
 * likely to need adult services: started at 14 with complex needs, by 16 otherwise, then at least every
 * 6 months.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#TRANSITION_PLAN_REVIEW
 */
@Value.Immutable
public interface TransitionPlanReview extends CaseEvent {

    /**
     * A builder for a transition plan review.
     *
     * <p>Example:
     * <pre>{@code
     * TransitionPlanReview transitionPlanReview = TransitionPlanReview.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(transitionPlanReview.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a transition plan review, from {@link TransitionPlanReview#builder()}. */
    final class Builder extends ImmutableTransitionPlanReview.Builder {
        Builder() {
        }
    }
}
