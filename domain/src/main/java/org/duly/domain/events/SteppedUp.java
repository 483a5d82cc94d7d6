package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The case was stepped up from early help to social care (including the Disabled Children's Team).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#STEPPED_UP
 */
@Value.Immutable
public interface SteppedUp extends CaseEvent {

    /**
     * A builder for a step up to social care.
     *
     * <p>Example:
     * <pre>{@code
     * SteppedUp steppedUp = SteppedUp.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(steppedUp.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a step up to social care, from {@link SteppedUp#builder()}. */
    final class Builder extends ImmutableSteppedUp.Builder {
        Builder() {
        }
    }
}
