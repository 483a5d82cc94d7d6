package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A network meeting about a private fostering arrangement, held at intervals like child-in-need meetings
 *.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PRIVATE_FOSTERING_NETWORK_MEETING
 */
@Value.Immutable
public interface PrivateFosteringNetworkMeeting extends PrivateFosteringEvent {

    /**
     * The arrangement, where the child has had more than one.
     *
     * @return the arrangement id, or empty if not recorded
     */
    @Override
    Optional<String> arrangementId();

    /**
     * A builder for a private fostering network meeting.
     *
     * <p>Example:
     * <pre>{@code
     * PrivateFosteringNetworkMeeting privateFosteringNetworkMeeting = PrivateFosteringNetworkMeeting.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(privateFosteringNetworkMeeting.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a private fostering network meeting, from {@link PrivateFosteringNetworkMeeting#builder()}. */
    final class Builder extends ImmutablePrivateFosteringNetworkMeeting.Builder {
        Builder() {
        }
    }
}
