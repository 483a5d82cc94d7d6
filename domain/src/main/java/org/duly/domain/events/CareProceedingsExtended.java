package org.duly.domain.events;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * The court extended the time for completing care proceedings (Children Act 1989 s32(5)), up to 8 weeks at a
 * time, to the date it set. An extension counts for the 26 weeks only when it is made by the date it extends.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CARE_PROCEEDINGS_EXTENDED
 */
@Value.Immutable
public interface CareProceedingsExtended extends CareProceedingsEvent {

    /**
     * The proceedings extended, where a child has more than one set.
     *
     * @return the proceedings id, or empty if not recorded
     */
    @Override
    Optional<String> proceedingsId();

    /**
     * The date by which the court now expects the proceedings to be completed.
     *
     * @return the extended date
     */
    LocalDate extendedTo();

    /**
     * A builder for an extension of care proceedings.
     *
     * <p>Example:
     * <pre>{@code
     * CareProceedingsExtended careProceedingsExtended = CareProceedingsExtended.builder()
     *     .date(LocalDate.parse("2024-08-20"))
     *     .extendedTo(LocalDate.parse("2024-10-28"))
     *     .build();
     * assertThat(careProceedingsExtended.extendedTo()).isEqualTo("2024-10-28");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an extension of care proceedings, from {@link CareProceedingsExtended#builder()}. */
    final class Builder extends ImmutableCareProceedingsExtended.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single extension of care proceedings.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(extendedTo().isAfter(date()), "extendedTo",
                "proceedings are extended to a date after the day the extension was made");
    }
}
