package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A child protection conference was held. An initial conference (before the birth, for an unborn child)
 * anchors the initial core group, the first review and the child's plan; a review conference anchors
 * the next.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CONFERENCE_HELD
 */
@Value.Immutable
public interface ConferenceHeld extends CaseEvent {

    /**
     * Initial or review conference.
     *
     * @return the kind
     */
    ConferenceKind kind();

    /**
     * Whether it was a pre-birth conference about an unborn child. False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean preBirth() {
        return false;
    }

    /**
     * A builder for a child protection conference.
     *
     * <p>Example:
     * <pre>{@code
     * ConferenceHeld conferenceHeld = ConferenceHeld.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(ConferenceKind.INITIAL)
     *     .build();
     * assertThat(conferenceHeld.kind()).isEqualTo(ConferenceKind.INITIAL);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a child protection conference, from {@link ConferenceHeld#builder()}. */
    final class Builder extends ImmutableConferenceHeld.Builder {
        Builder() {
        }
    }
}
