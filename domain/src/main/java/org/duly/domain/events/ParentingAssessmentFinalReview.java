package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The final review of a parenting assessment, held before the write-up. The booklet gives it no timescale of
 * its own.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PARENTING_ASSESSMENT_FINAL_REVIEW
 */
@Value.Immutable
public interface ParentingAssessmentFinalReview extends ParentingAssessmentEvent {

    /**
     * The assessment reviewed, where more than one runs at a time.
     *
     * @return the assessment id, or empty if not recorded
     */
    @Override
    Optional<String> assessmentId();

    /**
     * A builder for a parenting assessment final review.
     *
     * <p>Example:
     * <pre>{@code
     * ParentingAssessmentFinalReview parentingAssessmentFinalReview = ParentingAssessmentFinalReview.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(parentingAssessmentFinalReview.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a parenting assessment final review, from {@link ParentingAssessmentFinalReview#builder()}. */
    final class Builder extends ImmutableParentingAssessmentFinalReview.Builder {
        Builder() {
        }
    }
}
