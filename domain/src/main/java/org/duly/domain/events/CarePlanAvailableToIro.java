package org.duly.domain.events;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The care plan paperwork was made available to the independent reviewing officer for a looked after review, at
 * least 3 working days before it. It names the review by date, since it precedes it.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CARE_PLAN_AVAILABLE_TO_IRO
 */
@Value.Immutable
public interface CarePlanAvailableToIro extends CaseEvent {

    /**
     * The date of the looked after review the paperwork is for.
     *
     * @return the review date
     */
    LocalDate reviewDate();

    /**
     * A builder for a care plan available to the IRO.
     *
     * <p>Example:
     * <pre>{@code
     * CarePlanAvailableToIro carePlanAvailableToIro = CarePlanAvailableToIro.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .reviewDate(LocalDate.parse("2024-03-20"))
     *     .build();
     * assertThat(carePlanAvailableToIro.reviewDate()).isEqualTo(LocalDate.parse("2024-03-20"));
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a care plan available to the IRO, from {@link CarePlanAvailableToIro#builder()}. */
    final class Builder extends ImmutableCarePlanAvailableToIro.Builder {
        Builder() {
        }
    }
}
