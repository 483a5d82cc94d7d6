package org.duly.domain.events;

import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * The direct work and observation sessions of a parenting assessment were completed (12 of each expected);
 * the report is due within 2 further weeks.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PARENTING_ASSESSMENT_SESSIONS_COMPLETED
 */
@Value.Immutable
public interface ParentingAssessmentSessionsCompleted extends ParentingAssessmentEvent {

    /**
     * The assessment, where more than one runs at a time.
     *
     * @return the assessment id, or empty if not recorded
     */
    @Override
    Optional<String> assessmentId();

    /**
     * The number of direct work (one-to-one) sessions held.
     *
     * @return the direct work sessions
     */
    int directWorkSessions();

    /**
     * The number of observation sessions held during family time.
     *
     * @return the observation sessions
     */
    int observationSessions();

    /**
     * A builder for a parenting assessment sessions completed.
     *
     * <p>Example:
     * <pre>{@code
     * ParentingAssessmentSessionsCompleted parentingAssessmentSessionsCompleted = ParentingAssessmentSessionsCompleted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .directWorkSessions(12)
     *     .observationSessions(12)
     *     .build();
     * assertThat(parentingAssessmentSessionsCompleted.directWorkSessions()).isEqualTo(12);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a parenting assessment sessions completed, from {@link ParentingAssessmentSessionsCompleted#builder()}. */
    final class Builder extends ImmutableParentingAssessmentSessionsCompleted.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single parenting assessment sessions completed.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(directWorkSessions() >= 0, "directWorkSessions",
                "a number of sessions cannot be negative");
        InvalidValueException.check(observationSessions() >= 0, "observationSessions",
                "a number of sessions cannot be negative");
    }
}
