package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A locality transition meeting at which the young person's transition was reviewed: every 2 months.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#TRANSITION_LOCALITY_MEETING
 */
@Value.Immutable
public interface TransitionLocalityMeeting extends CaseEvent {

    /**
     * A builder for a locality transition meeting.
     *
     * <p>Example:
     * <pre>{@code
     * TransitionLocalityMeeting transitionLocalityMeeting = TransitionLocalityMeeting.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(transitionLocalityMeeting.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a locality transition meeting, from {@link TransitionLocalityMeeting#builder()}. */
    final class Builder extends ImmutableTransitionLocalityMeeting.Builder {
        Builder() {
        }
    }
}
