package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The planning meeting of a parenting assessment, held before its start date.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PARENTING_ASSESSMENT_PLANNING_MEETING
 */
@Value.Immutable
public interface ParentingAssessmentPlanningMeeting extends ParentingAssessmentEvent {

    /**
     * The assessment planned, where more than one runs at a time.
     *
     * @return the assessment id, or empty if not recorded
     */
    @Override
    Optional<String> assessmentId();

    /**
     * A builder for a parenting assessment planning meeting.
     *
     * <p>Example:
     * <pre>{@code
     * ParentingAssessmentPlanningMeeting parentingAssessmentPlanningMeeting = ParentingAssessmentPlanningMeeting.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(parentingAssessmentPlanningMeeting.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a parenting assessment planning meeting, from {@link ParentingAssessmentPlanningMeeting#builder()}. */
    final class Builder extends ImmutableParentingAssessmentPlanningMeeting.Builder {
        Builder() {
        }
    }
}
