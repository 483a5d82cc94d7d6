package org.duly.domain.events;

import java.time.LocalDate;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * A looked after review was arranged for a date: before it is held, the care plan paperwork for the independent
 * reviewing officer (at least 3 working days before it) and the personal education plan reviewed in line with it
 * count back from the date it is scheduled for, so they are seen coming.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#LOOKED_AFTER_REVIEW_SCHEDULED
 */
@Value.Immutable
public interface LookedAfterReviewScheduled extends CaseEvent {

    /**
     * The date the review is scheduled for.
     *
     * @return the review date
     */
    LocalDate reviewDate();

    /**
     * A builder for a looked after review scheduled.
     *
     * <p>Example:
     * <pre>{@code
     * LookedAfterReviewScheduled scheduled = LookedAfterReviewScheduled.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .reviewDate(LocalDate.parse("2024-04-02"))
     *     .build();
     * assertThat(scheduled.reviewDate()).isEqualTo("2024-04-02");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a looked after review scheduled, from {@link LookedAfterReviewScheduled#builder()}. */
    final class Builder extends ImmutableLookedAfterReviewScheduled.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single looked after review scheduled.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(!reviewDate().isBefore(date()), "reviewDate",
                "a review cannot be scheduled for a day before it was arranged");
    }
}
