package org.duly.domain.events;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * The local authority was notified of an arrangement in which the child lives, or is to live, with someone
 * other than a parent. Its attributes are the facts of the private fostering definition (see {@code
 * org.duly.domain.care.PrivateFostering}); its date anchors the first visit within 7 days, statutory
 * visits, the single assessment within 45 working days, network meetings and reviews
 *. It opens the case.
 *
 * <p>It cannot precede the child's birth. Instances are immutable
 * and thread-safe.
 *
 * @see CaseEventType#PRIVATE_FOSTERING_NOTIFICATION
 */
@Value.Immutable
public interface PrivateFosteringNotification extends PrivateFosteringEvent {

    /**
     * The identifier of the arrangement, where a child has had more than one.
     *
     * @return the arrangement id, or empty if not recorded
     */
    @Override
    Optional<String> arrangementId();

    /**
     * The carer's relationship to the child.
     *
     * @return the carer relationship
     */
    CarerRelationship carerRelationship();

    /**
     * Whether the carer is an approved foster carer. False by default. Recorded only: the approval does not take the
     * child out of private fostering (Children Act 1989 Schedule 8); being looked after by a local authority does.
     *
     * @return true if so
     */
    @Value.Default
    default boolean carerIsApprovedFosterCarer() {
        return false;
    }

    /**
     * The day the child began, or is to begin, living with the carer.
     *
     * @return the living with carer from
     */
    LocalDate livingWithCarerFrom();

    /**
     * The day the arrangement is intended to end; empty if no end is intended.
     *
     * @return the intended end, or empty if not recorded
     */
    Optional<LocalDate> intendedEnd();

    /**
     * A builder for a private fostering notification.
     *
     * <p>Example:
     * <pre>{@code
     * PrivateFosteringNotification privateFosteringNotification = PrivateFosteringNotification.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .carerRelationship(CarerRelationship.FAMILY_FRIEND)
     *     .livingWithCarerFrom(LocalDate.parse("2024-02-20"))
     *     .build();
     * assertThat(privateFosteringNotification.carerRelationship()).isEqualTo(CarerRelationship.FAMILY_FRIEND);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a private fostering notification, from {@link PrivateFosteringNotification#builder()}. */
    final class Builder extends ImmutablePrivateFosteringNotification.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single private fostering notification.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(intendedEnd().map(end -> !end.isBefore(livingWithCarerFrom())).orElse(true), "intendedEnd",
                "an arrangement cannot be intended to end before it begins");
    }
}
