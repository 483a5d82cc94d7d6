package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A core group met to develop, implement and review the child protection plan: the first within 10 working days
 * of the initial conference, then at least every 6 weeks.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CORE_GROUP_MEETING
 */
@Value.Immutable
public interface CoreGroupMeeting extends CaseEvent {

    /**
     * A builder for a core group meeting.
     *
     * <p>Example:
     * <pre>{@code
     * CoreGroupMeeting coreGroupMeeting = CoreGroupMeeting.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(coreGroupMeeting.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a core group meeting, from {@link CoreGroupMeeting#builder()}. */
    final class Builder extends ImmutableCoreGroupMeeting.Builder {
        Builder() {
        }
    }
}
