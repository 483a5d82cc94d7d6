package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child's plan was reviewed at the appropriate multi-agency meeting (team around the family, child in need
 * network meeting or core group): at least every 6 weeks, or 3 months for long-term disability support. It names the plan it reviews by kind and, where given, identifier.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CHILDS_PLAN_REVIEWED
 */
@Value.Immutable
public interface ChildsPlanReviewed extends ChildsPlanEvent {

    /**
     * The kind of plan reviewed.
     *
     * @return the kind
     */
    @Override
    ChildsPlanKind kind();

    /**
     * The identifier of the plan reviewed, where plans carry one.
     *
     * @return the plan id, or empty if not recorded
     */
    @Override
    Optional<String> planId();

    /**
     * A builder for a child's plan reviewed.
     *
     * <p>Example:
     * <pre>{@code
     * ChildsPlanReviewed childsPlanReviewed = ChildsPlanReviewed.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .kind(ChildsPlanKind.CHILD_IN_NEED)
     *     .build();
     * assertThat(childsPlanReviewed.kind()).isEqualTo(ChildsPlanKind.CHILD_IN_NEED);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a child's plan reviewed, from {@link ChildsPlanReviewed#builder()}. */
    final class Builder extends ImmutableChildsPlanReviewed.Builder {
        Builder() {
        }
    }
}
