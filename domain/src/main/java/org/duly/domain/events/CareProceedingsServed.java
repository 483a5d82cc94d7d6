package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The application and its documents were served on the other parties.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CARE_PROCEEDINGS_SERVED
 */
@Value.Immutable
public interface CareProceedingsServed extends CareProceedingsEvent {

    /**
     * The proceedings served, where a child has more than one set.
     *
     * @return the proceedings id, or empty if not recorded
     */
    @Override
    Optional<String> proceedingsId();

    /**
     * A builder for a care proceedings served.
     *
     * <p>Example:
     * <pre>{@code
     * CareProceedingsServed careProceedingsServed = CareProceedingsServed.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(careProceedingsServed.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a care proceedings served, from {@link CareProceedingsServed#builder()}. */
    final class Builder extends ImmutableCareProceedingsServed.Builder {
        Builder() {
        }
    }
}
