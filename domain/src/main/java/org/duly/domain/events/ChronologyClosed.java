package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The chronology was updated and closed as part of closing the case.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CHRONOLOGY_CLOSED
 */
@Value.Immutable
public interface ChronologyClosed extends CaseEvent {

    /**
     * A builder for a chronology closed.
     *
     * <p>Example:
     * <pre>{@code
     * ChronologyClosed chronologyClosed = ChronologyClosed.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(chronologyClosed.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a chronology closed, from {@link ChronologyClosed#builder()}. */
    final class Builder extends ImmutableChronologyClosed.Builder {
        Builder() {
        }
    }
}
