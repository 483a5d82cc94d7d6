package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The completed life story book was given to the adoptive parents.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#LIFE_STORY_BOOK_GIVEN
 */
@Value.Immutable
public interface LifeStoryBookGiven extends CaseEvent {

    /**
     * A builder for a life story book given.
     *
     * <p>Example:
     * <pre>{@code
     * LifeStoryBookGiven lifeStoryBookGiven = LifeStoryBookGiven.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(lifeStoryBookGiven.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a life story book given, from {@link LifeStoryBookGiven#builder()}. */
    final class Builder extends ImmutableLifeStoryBookGiven.Builder {
        Builder() {
        }
    }
}
