package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The birth of a child who was unborn when the case opened: a pre-birth conference must precede it and
 * the first review conference is due within 1 month of it or 3 months of the initial one, whichever is sooner
 *. It gives the child's date of birth where the child record has only an expected date of delivery.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#BIRTH
 */
@Value.Immutable
public interface Birth extends CaseEvent {

    /**
     * A builder for a birth.
     *
     * <p>Example:
     * <pre>{@code
     * Birth birth = Birth.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(birth.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a birth, from {@link Birth#builder()}. */
    final class Builder extends ImmutableBirth.Builder {
        Builder() {
        }
    }
}
