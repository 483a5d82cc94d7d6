package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The case was stepped down from social care to targeted early help or to a partner agency, as planned at a
 * child in need review or after a single assessment. The booklet sets no timescale for it; it closes social
 * care's plans.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#STEPPED_DOWN
 */
@Value.Immutable
public interface SteppedDown extends CaseEvent {

    /**
     * Where the case went.
     *
     * @return the to
     */
    StepDownTarget to();

    /**
     * A builder for a step down.
     *
     * <p>Example:
     * <pre>{@code
     * SteppedDown steppedDown = SteppedDown.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .to(StepDownTarget.EARLY_HELP)
     *     .build();
     * assertThat(steppedDown.to()).isEqualTo(StepDownTarget.EARLY_HELP);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a step down, from {@link SteppedDown#builder()}. */
    final class Builder extends ImmutableSteppedDown.Builder {
        Builder() {
        }
    }
}
