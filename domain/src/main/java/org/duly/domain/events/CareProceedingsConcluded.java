package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Care proceedings concluded with final orders.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CARE_PROCEEDINGS_CONCLUDED
 */
@Value.Immutable
public interface CareProceedingsConcluded extends CareProceedingsEvent {

    /**
     * The proceedings concluded, where a child has more than one set.
     *
     * @return the proceedings id, or empty if not recorded
     */
    @Override
    Optional<String> proceedingsId();

    /**
     * A builder for a conclusion of care proceedings.
     *
     * <p>Example:
     * <pre>{@code
     * CareProceedingsConcluded careProceedingsConcluded = CareProceedingsConcluded.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(careProceedingsConcluded.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a conclusion of care proceedings, from {@link CareProceedingsConcluded#builder()}. */
    final class Builder extends ImmutableCareProceedingsConcluded.Builder {
        Builder() {
        }
    }
}
