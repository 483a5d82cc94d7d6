package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The practice supervisor and team manager discussed whether one of them should chair the multi-agency meeting
 * of a child-in-need plan open for 6 months, to give it independent scrutiny.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#INDEPENDENT_SCRUTINY_DISCUSSION
 */
@Value.Immutable
public interface IndependentScrutinyDiscussion extends CaseEvent {

    /**
     * The identifier of the plan discussed, where plans carry one.
     *
     * @return the plan id, or empty if not recorded
     */
    Optional<String> planId();

    /**
     * A builder for an independent scrutiny discussion.
     *
     * <p>Example:
     * <pre>{@code
     * IndependentScrutinyDiscussion independentScrutinyDiscussion = IndependentScrutinyDiscussion.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(independentScrutinyDiscussion.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an independent scrutiny discussion, from {@link IndependentScrutinyDiscussion#builder()}. */
    final class Builder extends ImmutableIndependentScrutinyDiscussion.Builder {
        Builder() {
        }
    }
}
