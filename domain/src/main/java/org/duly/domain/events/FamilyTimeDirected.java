package org.duly.domain.events;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * Family time (contact between a looked after child and their family) was directed by the court or arranged by
 * the social worker. Its timescale is the one it sets: the first session's date and the interval between
 * sessions, where given.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#FAMILY_TIME_DIRECTED
 */
@Value.Immutable
public interface FamilyTimeDirected extends CaseEvent {

    /**
     * Who set the arrangement.
     *
     * @return the directed by
     */
    FamilyTimeDirectedBy directedBy();

    /**
     * The date by which the first session is to take place, where set.
     *
     * @return the first session due, or empty if not recorded
     */
    Optional<LocalDate> firstSessionDue();

    /**
     * The days between sessions (7 for weekly), where set.
     *
     * @return the interval days, or empty if not recorded
     */
    Optional<Integer> intervalDays();

    /**
     * A builder for a family time directed.
     *
     * <p>Example:
     * <pre>{@code
     * FamilyTimeDirected familyTimeDirected = FamilyTimeDirected.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .directedBy(FamilyTimeDirectedBy.COURT)
     *     .firstSessionDue(LocalDate.parse("2024-03-12"))
     *     .intervalDays(7)
     *     .build();
     * assertThat(familyTimeDirected.directedBy()).isEqualTo(FamilyTimeDirectedBy.COURT);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a family time directed, from {@link FamilyTimeDirected#builder()}. */
    final class Builder extends ImmutableFamilyTimeDirected.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single family time directed.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(firstSessionDue().map(due -> !due.isBefore(date())).orElse(true), "firstSessionDue",
                "the first session cannot be due before the day family time was directed");
        InvalidValueException.check(intervalDays().map(days -> days > 0).orElse(true), "intervalDays",
                "the interval between sessions must be at least 1 day");
    }
}
