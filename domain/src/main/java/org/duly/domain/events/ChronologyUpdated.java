package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The chronology was updated to reflect case progress: ideally every 6 weeks, at least every 3 months
 *.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CHRONOLOGY_UPDATED
 */
@Value.Immutable
public interface ChronologyUpdated extends CaseEvent {

    /**
     * A builder for a chronology updated.
     *
     * <p>Example:
     * <pre>{@code
     * ChronologyUpdated chronologyUpdated = ChronologyUpdated.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(chronologyUpdated.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a chronology updated, from {@link ChronologyUpdated#builder()}. */
    final class Builder extends ImmutableChronologyUpdated.Builder {
        Builder() {
        }
    }
}
