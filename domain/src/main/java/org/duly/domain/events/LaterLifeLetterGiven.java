package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The later life letter was given to the adoptive parents.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#LATER_LIFE_LETTER_GIVEN
 */
@Value.Immutable
public interface LaterLifeLetterGiven extends CaseEvent {

    /**
     * A builder for a later life letter given.
     *
     * <p>Example:
     * <pre>{@code
     * LaterLifeLetterGiven laterLifeLetterGiven = LaterLifeLetterGiven.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(laterLifeLetterGiven.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a later life letter given, from {@link LaterLifeLetterGiven#builder()}. */
    final class Builder extends ImmutableLaterLifeLetterGiven.Builder {
        Builder() {
        }
    }
}
