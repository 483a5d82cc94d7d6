package org.duly.domain.events;

import java.time.LocalDate;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * A child protection conference was arranged for a date: before it is held, the reports due at least 2
 * (initial) or 3 (review) working days before it count back from the date it is scheduled for.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CONFERENCE_SCHEDULED
 */
@Value.Immutable
public interface ConferenceScheduled extends CaseEvent {

    /**
     * Initial or review conference.
     *
     * @return the kind
     */
    ConferenceKind kind();

    /**
     * The date the conference is scheduled for.
     *
     * @return the conference date
     */
    LocalDate conferenceDate();

    /**
     * Whether it is a pre-birth conference about an unborn child. False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean preBirth() {
        return false;
    }

    /**
     * A builder for a child protection conference scheduled.
     *
     * <p>Example:
     * <pre>{@code
     * ConferenceScheduled conferenceScheduled = ConferenceScheduled.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(ConferenceKind.INITIAL)
     *     .conferenceDate(LocalDate.parse("2024-03-20"))
     *     .build();
     * assertThat(conferenceScheduled.kind()).isEqualTo(ConferenceKind.INITIAL);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a child protection conference scheduled, from {@link ConferenceScheduled#builder()}. */
    final class Builder extends ImmutableConferenceScheduled.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single child protection conference scheduled.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(!conferenceDate().isBefore(date()), "conferenceDate",
                "a conference cannot be scheduled for a day before it was arranged");
    }
}
