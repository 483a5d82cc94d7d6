package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A single or early help assessment was started.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#ASSESSMENT_STARTED
 */
@Value.Immutable
public interface AssessmentStarted extends CaseEvent {

    /**
     * The assessment started.
     *
     * @return the kind
     */
    AssessmentKind kind();

    /**
     * A builder for an assessment started.
     *
     * <p>Example:
     * <pre>{@code
     * AssessmentStarted assessmentStarted = AssessmentStarted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(AssessmentKind.EARLY_HELP_ASSESSMENT)
     *     .build();
     * assertThat(assessmentStarted.kind()).isEqualTo(AssessmentKind.EARLY_HELP_ASSESSMENT);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an assessment started, from {@link AssessmentStarted#builder()}. */
    final class Builder extends ImmutableAssessmentStarted.Builder {
        Builder() {
        }
    }
}
