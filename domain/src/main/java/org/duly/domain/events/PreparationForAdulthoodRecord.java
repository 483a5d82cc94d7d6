package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The preparation for adulthood data record of a young person likely to need adult services was completed or
 * updated: by 16 (14 with complex needs), then every 6 months.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PREPARATION_FOR_ADULTHOOD_RECORD
 */
@Value.Immutable
public interface PreparationForAdulthoodRecord extends CaseEvent {

    /**
     * A builder for a preparation for adulthood data record.
     *
     * <p>Example:
     * <pre>{@code
     * PreparationForAdulthoodRecord preparationForAdulthoodRecord = PreparationForAdulthoodRecord.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(preparationForAdulthoodRecord.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a preparation for adulthood data record, from {@link PreparationForAdulthoodRecord#builder()}. */
    final class Builder extends ImmutablePreparationForAdulthoodRecord.Builder {
        Builder() {
        }
    }
}
