package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A personal education plan (PEP) was initiated or reviewed: the first within 10 working days of becoming
 * looked after, then in line with looked after reviews, and within 10 working days of a
 * school move.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and
 * thread-safe.
 *
 * @see CaseEventType#PERSONAL_EDUCATION_PLAN
 */
@Value.Immutable
public interface PersonalEducationPlan extends CaseEvent {

    /**
     * A builder for a personal education plan.
     *
     * <p>Example:
     * <pre>{@code
     * PersonalEducationPlan personalEducationPlan = PersonalEducationPlan.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(personalEducationPlan.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a personal education plan, from {@link PersonalEducationPlan#builder()}. */
    final class Builder extends ImmutablePersonalEducationPlan.Builder {
        Builder() {
        }
    }
}
