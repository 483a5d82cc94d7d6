package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parenting assessment started: the midway review is at 6 weeks and the sessions are completed within
 * 12 weeks.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PARENTING_ASSESSMENT_STARTED
 */
@Value.Immutable
public interface ParentingAssessmentStarted extends ParentingAssessmentEvent {

    /**
     * The assessment started, where more than one runs at a time.
     *
     * @return the assessment id, or empty if not recorded
     */
    @Override
    Optional<String> assessmentId();

    /**
     * A builder for a parenting assessment started.
     *
     * <p>Example:
     * <pre>{@code
     * ParentingAssessmentStarted parentingAssessmentStarted = ParentingAssessmentStarted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(parentingAssessmentStarted.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a parenting assessment started, from {@link ParentingAssessmentStarted#builder()}. */
    final class Builder extends ImmutableParentingAssessmentStarted.Builder {
        Builder() {
        }
    }
}
