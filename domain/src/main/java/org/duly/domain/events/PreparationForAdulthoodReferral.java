package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The preparation for adulthood referral to adult care was completed: by 16 years and 6 months.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PREPARATION_FOR_ADULTHOOD_REFERRAL
 */
@Value.Immutable
public interface PreparationForAdulthoodReferral extends CaseEvent {

    /**
     * A builder for a preparation for adulthood referral to adult care.
     *
     * <p>Example:
     * <pre>{@code
     * PreparationForAdulthoodReferral preparationForAdulthoodReferral = PreparationForAdulthoodReferral.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(preparationForAdulthoodReferral.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a preparation for adulthood referral to adult care, from {@link PreparationForAdulthoodReferral#builder()}. */
    final class Builder extends ImmutablePreparationForAdulthoodReferral.Builder {
        Builder() {
        }
    }
}
