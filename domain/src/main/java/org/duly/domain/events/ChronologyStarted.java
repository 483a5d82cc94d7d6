package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A chronology was started for the child's file.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CHRONOLOGY_STARTED
 */
@Value.Immutable
public interface ChronologyStarted extends CaseEvent {

    /**
     * A builder for a chronology started.
     *
     * <p>Example:
     * <pre>{@code
     * ChronologyStarted chronologyStarted = ChronologyStarted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(chronologyStarted.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a chronology started, from {@link ChronologyStarted#builder()}. */
    final class Builder extends ImmutableChronologyStarted.Builder {
        Builder() {
        }
    }
}
