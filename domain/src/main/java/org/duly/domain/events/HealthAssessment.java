package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A health assessment of a looked after child: the first within 20 working days, then annually from age
 * 5 and 6-monthly under 5.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#HEALTH_ASSESSMENT
 */
@Value.Immutable
public interface HealthAssessment extends CaseEvent {

    /**
     * Initial or review assessment.
     *
     * @return the kind
     */
    HealthAssessmentKind kind();

    /**
     * A builder for a health assessment.
     *
     * <p>Example:
     * <pre>{@code
     * HealthAssessment healthAssessment = HealthAssessment.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(HealthAssessmentKind.INITIAL)
     *     .build();
     * assertThat(healthAssessment.kind()).isEqualTo(HealthAssessmentKind.INITIAL);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a health assessment, from {@link HealthAssessment#builder()}. */
    final class Builder extends ImmutableHealthAssessment.Builder {
        Builder() {
        }
    }
}
