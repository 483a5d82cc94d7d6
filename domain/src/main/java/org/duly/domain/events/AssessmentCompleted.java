package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A single or early help assessment was completed: the child's plan is then due within 10 working days. Sign-off and sharing with the family, which ends the 45-working-day timescale, is {@link
 * AssessmentSignedOff}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#ASSESSMENT_COMPLETED
 */
@Value.Immutable
public interface AssessmentCompleted extends CaseEvent {

    /**
     * The assessment completed.
     *
     * @return the kind
     */
    AssessmentKind kind();

    /**
     * Whether the assessment concluded that a child's plan is needed; true unless the record says otherwise (an
     * assessment concluding no further action needs none), so that a plan is expected rather than silently not.
     *
     * @return true if a plan is needed
     */
    @Value.Default
    default boolean planNeeded() {
        return true;
    }

    /**
     * A builder for an assessment completed.
     *
     * <p>Example:
     * <pre>{@code
     * AssessmentCompleted assessmentCompleted = AssessmentCompleted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(AssessmentKind.SINGLE_ASSESSMENT)
     *     .build();
     * assertThat(assessmentCompleted.kind()).isEqualTo(AssessmentKind.SINGLE_ASSESSMENT);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an assessment completed, from {@link AssessmentCompleted#builder()}. */
    final class Builder extends ImmutableAssessmentCompleted.Builder {
        Builder() {
        }
    }
}
