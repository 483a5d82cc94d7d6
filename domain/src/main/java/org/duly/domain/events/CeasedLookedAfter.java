package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The child ceased to be looked after; its date is the first day they are no longer looked after. It ends a
 * period of care and the placement the child was in: looked after reviews and visits stop, and
 * care leaver status follows from the periods.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and
 * thread-safe.
 *
 * @see CaseEventType#CEASED_LOOKED_AFTER
 */
@Value.Immutable
public interface CeasedLookedAfter extends CaseEvent {

    /**
     * Why, where recorded: an SGO makes a qualifying care leaver.
     *
     * @return the reason, or empty if not recorded
     */
    Optional<CeasedLookedAfterReason> reason();

    /**
     * A builder for a ceasing to be looked after.
     *
     * <p>Example:
     * <pre>{@code
     * CeasedLookedAfter ceasedLookedAfter = CeasedLookedAfter.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .reason(CeasedLookedAfterReason.RETURNED_HOME)
     *     .build();
     * assertThat(ceasedLookedAfter.reason()).contains(CeasedLookedAfterReason.RETURNED_HOME);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a ceasing to be looked after, from {@link CeasedLookedAfter#builder()}. */
    final class Builder extends ImmutableCeasedLookedAfter.Builder {
        Builder() {
        }
    }
}
