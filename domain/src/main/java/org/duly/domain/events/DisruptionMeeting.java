package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A provider challenge or placement disruption meeting.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#DISRUPTION_MEETING
 */
@Value.Immutable
public interface DisruptionMeeting extends PlacementEvent {

    /**
     * Which meeting.
     *
     * @return the kind
     */
    DisruptionMeetingKind kind();

    /**
     * The placement concerned, where placements carry identifiers.
     *
     * @return the placement id, or empty if not recorded
     */
    @Override
    Optional<String> placementId();

    /**
     * The provider concerned, where recorded.
     *
     * @return the provider id, or empty if not recorded
     */
    Optional<String> providerId();

    /**
     * A builder for a provider challenge or disruption meeting.
     *
     * <p>Example:
     * <pre>{@code
     * DisruptionMeeting disruptionMeeting = DisruptionMeeting.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(DisruptionMeetingKind.PROVIDER_CHALLENGE)
     *     .build();
     * assertThat(disruptionMeeting.kind()).isEqualTo(DisruptionMeetingKind.PROVIDER_CHALLENGE);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a provider challenge or disruption meeting, from {@link DisruptionMeeting#builder()}. */
    final class Builder extends ImmutableDisruptionMeeting.Builder {
        Builder() {
        }
    }
}
