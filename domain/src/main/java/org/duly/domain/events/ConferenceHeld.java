package org.duly.domain.events;

import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
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
     * The visiting pattern the conference agreed for the child, as the most days between visits (7 for weekly, 14 for
     * fortnightly), where recorded.
     *
     * @return the days between visits, or empty if not recorded
     */
    Optional<Integer> visitingIntervalDays();

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

    /**
     * Checks the invariants of a single conference.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(visitingIntervalDays().map(days -> days > 0).orElse(true), "visitingIntervalDays",
                "the days between visits must be at least 1");
    }
}
