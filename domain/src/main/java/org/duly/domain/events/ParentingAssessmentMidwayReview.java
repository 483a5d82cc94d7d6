package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The midway review of a parenting assessment, at 6 weeks.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PARENTING_ASSESSMENT_MIDWAY_REVIEW
 */
@Value.Immutable
public interface ParentingAssessmentMidwayReview extends ParentingAssessmentEvent {

    /**
     * The assessment reviewed, where more than one runs at a time.
     *
     * @return the assessment id, or empty if not recorded
     */
    @Override
    Optional<String> assessmentId();

    /**
     * A builder for a parenting assessment midway review.
     *
     * <p>Example:
     * <pre>{@code
     * ParentingAssessmentMidwayReview parentingAssessmentMidwayReview = ParentingAssessmentMidwayReview.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(parentingAssessmentMidwayReview.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a parenting assessment midway review, from {@link ParentingAssessmentMidwayReview#builder()}. */
    final class Builder extends ImmutableParentingAssessmentMidwayReview.Builder {
        Builder() {
        }
    }
}
