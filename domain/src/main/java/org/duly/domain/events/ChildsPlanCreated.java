package org.duly.domain.events;

import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * A child's single plan (early help, child in need or child protection) was developed: due within 10 working
 * days of the assessment or the initial conference; its reviews and the
 * six-month independent scrutiny count from it. A child protection plan lasts while review
 * conferences are due.
 *
 * <p>Instances are immutable and
 * thread-safe.
 *
 * @see CaseEventType#CHILDS_PLAN_CREATED
 */
@Value.Immutable
public interface ChildsPlanCreated extends ChildsPlanEvent {

    /**
     * The kind of plan.
     *
     * @return the kind
     */
    @Override
    ChildsPlanKind kind();

    /**
     * The case management system's identifier for the plan, where a child can have more than one of a kind.
     *
     * @return the plan id, or empty if not recorded
     */
    @Override
    Optional<String> planId();

    /**
     * Whether this is a stable Children's Disabilities Services case with no safeguarding risk, whose plan
     * acknowledges the need for longer-term support: reviewed at least every 3 months instead of every 6 weeks
     *. False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean longTermDisabilitySupport() {
        return false;
    }

    /**
     * A builder for a child's plan created.
     *
     * <p>Example:
     * <pre>{@code
     * ChildsPlanCreated childsPlanCreated = ChildsPlanCreated.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(ChildsPlanKind.CHILD_IN_NEED)
     *     .build();
     * assertThat(childsPlanCreated.kind()).isEqualTo(ChildsPlanKind.CHILD_IN_NEED);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a child's plan created, from {@link ChildsPlanCreated#builder()}. */
    final class Builder extends ImmutableChildsPlanCreated.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single child's plan created.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(!longTermDisabilitySupport() || kind() != ChildsPlanKind.CHILD_PROTECTION, "longTermDisabilitySupport",
                "the long-term disability support exception is for plans without safeguarding risk; a child protection plan cannot use it");
    }
}
