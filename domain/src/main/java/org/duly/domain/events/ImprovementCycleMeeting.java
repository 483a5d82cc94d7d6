package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A weekly improvement cycle meeting, chaired by the practice supervisor, at which the progress of the
 * child-in-need plan was reviewed.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#IMPROVEMENT_CYCLE_MEETING
 */
@Value.Immutable
public interface ImprovementCycleMeeting extends CaseEvent {

    /**
     * A builder for an improvement cycle meeting.
     *
     * <p>Example:
     * <pre>{@code
     * ImprovementCycleMeeting improvementCycleMeeting = ImprovementCycleMeeting.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(improvementCycleMeeting.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an improvement cycle meeting, from {@link ImprovementCycleMeeting#builder()}. */
    final class Builder extends ImmutableImprovementCycleMeeting.Builder {
        Builder() {
        }
    }
}
