package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * An adoption order was made: the life story book, if not given at placement, and the later life letter are due
 * within 10 working days.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#ADOPTION_ORDER
 */
@Value.Immutable
public interface AdoptionOrder extends CaseEvent {

    /**
     * A builder for an adoption order.
     *
     * <p>Example:
     * <pre>{@code
     * AdoptionOrder adoptionOrder = AdoptionOrder.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(adoptionOrder.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an adoption order, from {@link AdoptionOrder#builder()}. */
    final class Builder extends ImmutableAdoptionOrder.Builder {
        Builder() {
        }
    }
}
