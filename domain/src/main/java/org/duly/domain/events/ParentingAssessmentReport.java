package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parenting assessment report was completed: signed off, shared with the family and submitted to court
 * where appropriate.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PARENTING_ASSESSMENT_REPORT
 */
@Value.Immutable
public interface ParentingAssessmentReport extends ParentingAssessmentEvent {

    /**
     * The assessment reported on, where more than one runs at a time.
     *
     * @return the assessment id, or empty if not recorded
     */
    @Override
    Optional<String> assessmentId();

    /**
     * A builder for a parenting assessment report.
     *
     * <p>Example:
     * <pre>{@code
     * ParentingAssessmentReport parentingAssessmentReport = ParentingAssessmentReport.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(parentingAssessmentReport.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a parenting assessment report, from {@link ParentingAssessmentReport#builder()}. */
    final class Builder extends ImmutableParentingAssessmentReport.Builder {
        Builder() {
        }
    }
}
