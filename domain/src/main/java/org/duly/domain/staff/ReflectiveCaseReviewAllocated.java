package org.duly.domain.staff;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * A reflective case review was allocated to a manager (a PIN): one every two months, to be completed
 * within 5 weeks on average.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see StaffEventType#REFLECTIVE_CASE_REVIEW_ALLOCATED
 */
@Value.Immutable
public interface ReflectiveCaseReviewAllocated extends StaffEvent {

    /**
     * The identifier of the review, named by its completion.
     *
     * @return the review id
     */
    String reviewId();

    /**
     * The identifier of the child whose case is reviewed, where recorded.
     *
     * @return the child id, or empty if not recorded
     */
    Optional<String> childId();

    /**
     * A builder for a reflective case review allocation.
     *
     * <p>Example:
     * <pre>{@code
     * ReflectiveCaseReviewAllocated reflectiveCaseReviewAllocated = ReflectiveCaseReviewAllocated.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .reviewId("RCR-7")
     *     .build();
     * assertThat(reflectiveCaseReviewAllocated.reviewId()).isEqualTo("RCR-7");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a reflective case review allocation, from {@link ReflectiveCaseReviewAllocated#builder()}. */
    final class Builder extends ImmutableReflectiveCaseReviewAllocated.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single reflective case review allocation.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(!reviewId().isBlank(), "reviewId",
                "a reflective case review needs an identifier; found a blank one");
    }
}
