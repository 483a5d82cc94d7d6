package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The care plan in the Children in Care Planning and Review episode was completed or updated: first within 10
 * working days of the child coming into care.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CARE_PLAN_COMPLETED
 */
@Value.Immutable
public interface CarePlanCompleted extends CaseEvent {

    /**
     * A builder for a care plan.
     *
     * <p>Example:
     * <pre>{@code
     * CarePlanCompleted carePlanCompleted = CarePlanCompleted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(carePlanCompleted.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a care plan, from {@link CarePlanCompleted#builder()}. */
    final class Builder extends ImmutableCarePlanCompleted.Builder {
        Builder() {
        }
    }
}
