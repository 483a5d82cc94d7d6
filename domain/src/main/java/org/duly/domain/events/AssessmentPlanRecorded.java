package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The assessment plan and the timescales for the overall assessment were recorded.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#ASSESSMENT_PLAN_RECORDED
 */
@Value.Immutable
public interface AssessmentPlanRecorded extends CaseEvent {

    /**
     * The assessment the plan is for.
     *
     * @return the kind
     */
    AssessmentKind kind();

    /**
     * A builder for an assessment plan recorded.
     *
     * <p>Example:
     * <pre>{@code
     * AssessmentPlanRecorded assessmentPlanRecorded = AssessmentPlanRecorded.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(AssessmentKind.SINGLE_ASSESSMENT)
     *     .build();
     * assertThat(assessmentPlanRecorded.kind()).isEqualTo(AssessmentKind.SINGLE_ASSESSMENT);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an assessment plan recorded, from {@link AssessmentPlanRecorded#builder()}. */
    final class Builder extends ImmutableAssessmentPlanRecorded.Builder {
        Builder() {
        }
    }
}
