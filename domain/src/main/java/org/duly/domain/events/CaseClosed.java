package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The case closed to children's services. No event but a new referral or private fostering
 * notification may follow it on a later day.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CASE_CLOSED
 */
@Value.Immutable
public interface CaseClosed extends CaseEvent {

    /**
     * A builder for a case closure.
     *
     * <p>Example:
     * <pre>{@code
     * CaseClosed caseClosed = CaseClosed.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(caseClosed.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a case closure, from {@link CaseClosed#builder()}. */
    final class Builder extends ImmutableCaseClosed.Builder {
        Builder() {
        }
    }
}
