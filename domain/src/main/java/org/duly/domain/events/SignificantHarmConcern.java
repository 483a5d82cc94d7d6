package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A concern that the child may be suffering, or be at risk of suffering, significant harm. The strategy
 * discussion is due within 24 hours: give the time.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#SIGNIFICANT_HARM_CONCERN
 */
@Value.Immutable
public interface SignificantHarmConcern extends CaseEvent {

    /**
     * A builder for a concern of significant harm.
     *
     * <p>Example:
     * <pre>{@code
     * SignificantHarmConcern significantHarmConcern = SignificantHarmConcern.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .time(LocalTime.parse("14:30"))
     *     .build();
     * assertThat(significantHarmConcern.dateTime()).contains(LocalDateTime.parse("2024-03-05T14:30"));
     * assertThat(significantHarmConcern.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a concern of significant harm, from {@link SignificantHarmConcern#builder()}. */
    final class Builder extends ImmutableSignificantHarmConcern.Builder {
        Builder() {
        }
    }
}
