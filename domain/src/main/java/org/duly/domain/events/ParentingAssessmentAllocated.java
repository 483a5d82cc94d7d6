package org.duly.domain.events;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
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
     * The date the assessment is planned to start, where known at allocation: the planning meeting is due the day
     * before it, so it can be flagged before the assessment starts.
     *
     * @return the planned start, or empty if not recorded
     */
    Optional<LocalDate> plannedStart();

    /**
     * A builder for a parenting assessment allocated.
     *
     * <p>Example:
     * <pre>{@code
     * ParentingAssessmentAllocated parentingAssessmentAllocated = ParentingAssessmentAllocated.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .plannedStart(LocalDate.parse("2024-03-12"))
     *     .build();
     * assertThat(parentingAssessmentAllocated.plannedStart()).contains(LocalDate.parse("2024-03-12"));
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

    /**
     * Checks the invariants of a single parenting assessment allocated.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(plannedStart().map(start -> start.isAfter(date())).orElse(true), "plannedStart",
                "an assessment is planned to start after the day it is allocated");
    }
}
