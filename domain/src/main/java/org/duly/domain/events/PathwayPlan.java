package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The pathway plan was completed: within 3 months of becoming an eligible child, where possible by the 16th
 * birthday.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PATHWAY_PLAN
 */
@Value.Immutable
public interface PathwayPlan extends CaseEvent {

    /**
     * A builder for a pathway plan.
     *
     * <p>Example:
     * <pre>{@code
     * PathwayPlan pathwayPlan = PathwayPlan.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(pathwayPlan.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a pathway plan, from {@link PathwayPlan#builder()}. */
    final class Builder extends ImmutablePathwayPlan.Builder {
        Builder() {
        }
    }
}
