package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A child protection conference was held. An initial conference meets CP-2 (or CP-3 for an unborn child) and
 * anchors the initial core group (CP-9), the first review (CP-11, or CP-12 after a pre-birth conference) and
 * the child's plan (PLAN-1); a review conference anchors the next (CP-13).
 *
 * <p>Serves CP-2, CP-3, CP-9, CP-11, CP-12, CP-13 and PLAN-1. Instances are immutable and thread-safe.
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
    static ImmutableConferenceHeld.Builder builder() {
        return ImmutableConferenceHeld.builder();
    }
}
