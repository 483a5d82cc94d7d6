package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parenting assessment (agreed at Scrutiny, in PLO or directed by the court) was allocated to an assessor:
 * the whole process takes 14 weeks from here.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PARENTING_ASSESSMENT_ALLOCATED
 */
@Value.Immutable
public interface ParentingAssessmentAllocated extends ParentingAssessmentEvent {

    /**
     * The identifier of the assessment, where more than one runs at a time (one per parent).
     *
     * @return the assessment id, or empty if not recorded
     */
    @Override
    Optional<String> assessmentId();

    /**
     * A builder for a parenting assessment allocated.
     *
     * <p>Example:
     * <pre>{@code
     * ParentingAssessmentAllocated parentingAssessmentAllocated = ParentingAssessmentAllocated.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(parentingAssessmentAllocated.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a parenting assessment allocated, from {@link ParentingAssessmentAllocated#builder()}. */
    final class Builder extends ImmutableParentingAssessmentAllocated.Builder {
        Builder() {
        }
    }
}
