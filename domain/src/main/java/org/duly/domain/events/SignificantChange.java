package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A change in a care leaver's accommodation or another significant change in their life: a pathway plan review
 * is due within 28 days.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#SIGNIFICANT_CHANGE
 */
@Value.Immutable
public interface SignificantChange extends CaseEvent {

    /**
     * What changed.
     *
     * @return the kind
     */
    SignificantChangeKind kind();

    /**
     * A builder for a significant change in a care leaver's life.
     *
     * <p>Example:
     * <pre>{@code
     * SignificantChange significantChange = SignificantChange.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(SignificantChangeKind.CHANGE_OF_ACCOMMODATION)
     *     .build();
     * assertThat(significantChange.kind()).isEqualTo(SignificantChangeKind.CHANGE_OF_ACCOMMODATION);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a significant change in a care leaver's life, from {@link SignificantChange#builder()}. */
    final class Builder extends ImmutableSignificantChange.Builder {
        Builder() {
        }
    }
}
