package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The independent reviewing officer spoke directly with the child before a looked after review, as the booklet asks
 * ("The IRO speaks directly with the child prior to their Looked After Review").
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#IRO_SPOKE_WITH_CHILD
 */
@Value.Immutable
public interface IroSpokeWithChild extends CaseEvent {

    /**
     * A builder for the IRO speaking with the child.
     *
     * <p>Example:
     * <pre>{@code
     * IroSpokeWithChild spoke = IroSpokeWithChild.builder()
     *     .date(LocalDate.parse("2024-03-28"))
     *     .build();
     * assertThat(spoke.date()).isEqualTo("2024-03-28");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for the IRO speaking with the child, from {@link IroSpokeWithChild#builder()}. */
    final class Builder extends ImmutableIroSpokeWithChild.Builder {
        Builder() {
        }
    }
}
