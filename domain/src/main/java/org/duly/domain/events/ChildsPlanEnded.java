package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child's plan ended: its reviews stop.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CHILDS_PLAN_ENDED
 */
@Value.Immutable
public interface ChildsPlanEnded extends ChildsPlanEvent {

    /**
     * The kind of plan ended.
     *
     * @return the kind
     */
    @Override
    ChildsPlanKind kind();

    /**
     * The identifier of the plan ended, where plans carry one.
     *
     * @return the plan id, or empty if not recorded
     */
    @Override
    Optional<String> planId();

    /**
     * A builder for a child's plan ended.
     *
     * <p>Example:
     * <pre>{@code
     * ChildsPlanEnded childsPlanEnded = ChildsPlanEnded.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(ChildsPlanKind.CHILD_PROTECTION)
     *     .build();
     * assertThat(childsPlanEnded.kind()).isEqualTo(ChildsPlanKind.CHILD_PROTECTION);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a child's plan ended, from {@link ChildsPlanEnded#builder()}. */
    final class Builder extends ImmutableChildsPlanEnded.Builder {
        Builder() {
        }
    }
}
