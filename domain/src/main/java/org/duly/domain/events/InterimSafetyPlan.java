package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * Any imminent risks to the child were addressed and an interim safety plan put in place during section 47
 * enquiries, until the more comprehensive multi-agency child protection plan is in place.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#INTERIM_SAFETY_PLAN
 */
@Value.Immutable
public interface InterimSafetyPlan extends CaseEvent {

    /**
     * A builder for an interim safety plan.
     *
     * <p>Example:
     * <pre>{@code
     * InterimSafetyPlan interimSafetyPlan = InterimSafetyPlan.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(interimSafetyPlan.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an interim safety plan, from {@link InterimSafetyPlan#builder()}. */
    final class Builder extends ImmutableInterimSafetyPlan.Builder {
        Builder() {
        }
    }
}
