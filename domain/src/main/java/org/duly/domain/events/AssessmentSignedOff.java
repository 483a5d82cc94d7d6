package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A single or early help assessment received full management sign-off, which with sharing with the family ends
 * the 45-working-day timescale.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#ASSESSMENT_SIGNED_OFF
 */
@Value.Immutable
public interface AssessmentSignedOff extends CaseEvent {

    /**
     * The assessment signed off.
     *
     * @return the kind
     */
    AssessmentKind kind();

    /**
     * Whether it was shared with the family on the same day; the timescale runs to both.
     *
     * @return true if so
     */
    boolean sharedWithFamily();

    /**
     * A builder for an assessment signed off.
     *
     * <p>Example:
     * <pre>{@code
     * AssessmentSignedOff assessmentSignedOff = AssessmentSignedOff.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(AssessmentKind.SINGLE_ASSESSMENT)
     *     .sharedWithFamily(true)
     *     .build();
     * assertThat(assessmentSignedOff.kind()).isEqualTo(AssessmentKind.SINGLE_ASSESSMENT);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an assessment signed off, from {@link AssessmentSignedOff#builder()}. */
    final class Builder extends ImmutableAssessmentSignedOff.Builder {
        Builder() {
        }
    }
}
