package org.duly.domain.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duly.domain.CaseTimeline;
import org.duly.domain.events.CarerRelationship;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.PrivateFosteringEnded;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * A private arrangement in which a child lives with someone other than a parent: the facts of the
 * private fostering definition, as notified, with the day it ended if it has.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface PrivateFosteringArrangement {

    /**
     * The carer's relationship to the child.
     *
     * @return the relationship
     */
    CarerRelationship carerRelationship();

    /**
     * Whether the carer is an approved foster carer. False by default. Recorded only: it does not take the child out of
     * private fostering (Children Act 1989 Schedule 8); being looked after by a local authority does.
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
     * @return the first day
     */
    LocalDate livingWithCarerFrom();

    /**
     * The day the arrangement is intended to end. Empty means no end is intended, which counts as
     * an intention to care for 28 days or more.
     *
     * @return the intended end
     */
    Optional<LocalDate> intendedEnd();

    /**
     * The day it ended: the first day the child no longer lived with the carer.
     *
     * @return the end, or empty while it lasts
     */
    Optional<LocalDate> ended();

    /**
     * A builder for an arrangement.
     *
     * <p>Example:
     * <pre>{@code
     * PrivateFosteringArrangement arrangement = PrivateFosteringArrangement.builder()
     *     .carerRelationship(CarerRelationship.FAMILY_FRIEND)
     *     .livingWithCarerFrom(LocalDate.parse("2024-01-01"))
     *     .intendedEnd(LocalDate.parse("2024-01-29"))
     *     .build();
     * assertThat(arrangement.intendedDays()).contains(28L);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an arrangement, from {@link PrivateFosteringArrangement#builder()}. */
    final class Builder extends ImmutablePrivateFosteringArrangement.Builder {
        Builder() {
        }
    }

    /**
     * The arrangements of a timeline: each notification with the end that names it (or, without
     * identifiers, the next end).
     *
     * <p>Example:
     * <pre>{@code
     * List<PrivateFosteringArrangement> arrangements = PrivateFosteringArrangement.allIn(timeline);
     * }</pre>
     *
     * @param timeline the child's timeline
     * @return the arrangements in the order notified
     */
    static List<PrivateFosteringArrangement> allIn(CaseTimeline timeline) {
        if (timeline.eventsOf(PrivateFosteringNotification.class).isEmpty()) {
            // Most children were never privately fostered: no pass over their events.
            return List.of();
        }
        List<PrivateFosteringNotification> notifications = new ArrayList<>();
        List<Optional<LocalDate>> ends = new ArrayList<>();
        for (CaseEvent event : timeline.events()) {
            if (event instanceof PrivateFosteringNotification notification) {
                notifications.add(notification);
                ends.add(Optional.empty());
            } else if (event instanceof PrivateFosteringEnded end) {
                for (int i = notifications.size() - 1; i >= 0; i--) {
                    boolean named = end.arrangementId().isEmpty() || end.arrangementId().equals(notifications.get(i).arrangementId());
                    if (named && ends.get(i).isEmpty()) {
                        ends.set(i, Optional.of(end.date()));
                        break;
                    }
                }
            }
        }
        List<PrivateFosteringArrangement> arrangements = new ArrayList<>();
        for (int i = 0; i < notifications.size(); i++) {
            PrivateFosteringNotification notification = notifications.get(i);
            arrangements.add(builder().carerRelationship(notification.carerRelationship())
                    .carerIsApprovedFosterCarer(notification.carerIsApprovedFosterCarer())
                    .livingWithCarerFrom(notification.livingWithCarerFrom())
                    .intendedEnd(notification.intendedEnd())
                    .ended(ends.get(i).filter(end -> !end.isBefore(notification.livingWithCarerFrom())))
                    .build());
        }
        return arrangements;
    }

    /**
     * The days the arrangement is intended to last: from the first day to the intended end.
     *
     * @return the days, or empty if no end is intended
     */
    default Optional<Long> intendedDays() {
        return intendedEnd().map(end -> ChronoUnit.DAYS.between(livingWithCarerFrom(), end));
    }

    /**
     * The days the child has lived with the carer by a day: from the first day up to the day, or to
     * the end if it came first. A child who began on 1 January has lived there 28 days on 29 January.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(arrangement.actualDaysBy(LocalDate.parse("2024-01-29"))).isEqualTo(28);
     * }</pre>
     *
     * @param date the day
     * @return the days, 0 before the arrangement begins
     */
    default long actualDaysBy(LocalDate date) {
        LocalDate last = ended().filter(end -> end.isBefore(date)).orElse(date);
        return Math.max(0, ChronoUnit.DAYS.between(livingWithCarerFrom(), last));
    }

    /**
     * Whether the child lives with the carer on a day: from the first day up to, not including, the end.
     *
     * @param date the day
     * @return true while the arrangement is in force
     */
    default boolean isInForceOn(LocalDate date) {
        return !date.isBefore(livingWithCarerFrom()) && ended().map(date::isBefore).orElse(true);
    }

    /**
     * Checks the arrangement does not end, or is not intended to end, before it begins.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(intendedEnd().map(end -> !end.isBefore(livingWithCarerFrom())).orElse(true),
                "intendedEnd", "an arrangement cannot be intended to end before it begins");
        InvalidValueException.check(ended().map(end -> !end.isBefore(livingWithCarerFrom())).orElse(true),
                "ended", "an arrangement cannot end before it begins");
    }
}
