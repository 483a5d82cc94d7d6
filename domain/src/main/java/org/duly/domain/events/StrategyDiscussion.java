package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A strategy discussion (social care, police and health at least), held within 24 hours of the concern of
 * significant harm (give the time). One that initiated section 47 enquiries anchors the initial child
 * protection conference, due within 15 working days.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#STRATEGY_DISCUSSION
 */
@Value.Immutable
public interface StrategyDiscussion extends CaseEvent {

    /**
     * Whether it initiated enquiries under section 47 of the Children Act 1989.
     *
     * @return true if so
     */
    boolean initiatedSection47();

    /**
     * A builder for a strategy discussion.
     *
     * <p>Example:
     * <pre>{@code
     * StrategyDiscussion strategyDiscussion = StrategyDiscussion.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .time(LocalTime.parse("14:30"))
     *     .initiatedSection47(true)
     *     .build();
     * assertThat(strategyDiscussion.dateTime()).contains(LocalDateTime.parse("2024-03-05T14:30"));
     * assertThat(strategyDiscussion.initiatedSection47()).isTrue();
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a strategy discussion, from {@link StrategyDiscussion#builder()}. */
    final class Builder extends ImmutableStrategyDiscussion.Builder {
        Builder() {
        }
    }
}
