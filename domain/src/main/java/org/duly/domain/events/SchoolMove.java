package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A looked after child moved school: a personal education plan is due within 10 working days.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#SCHOOL_MOVE
 */
@Value.Immutable
public interface SchoolMove extends CaseEvent {

    /**
     * A builder for a school move.
     *
     * <p>Example:
     * <pre>{@code
     * SchoolMove schoolMove = SchoolMove.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(schoolMove.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a school move, from {@link SchoolMove#builder()}. */
    final class Builder extends ImmutableSchoolMove.Builder {
        Builder() {
        }
    }
}
