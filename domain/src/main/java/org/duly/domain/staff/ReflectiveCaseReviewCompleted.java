package org.duly.domain.staff;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A reflective case review was completed, named by its identifier.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see StaffEventType#REFLECTIVE_CASE_REVIEW_COMPLETED
 */
@Value.Immutable
public interface ReflectiveCaseReviewCompleted extends StaffEvent {

    /**
     * The identifier of the review completed.
     *
     * @return the review id
     */
    String reviewId();

    /**
     * A builder for a reflective case review completed.
     *
     * <p>Example:
     * <pre>{@code
     * ReflectiveCaseReviewCompleted reflectiveCaseReviewCompleted = ReflectiveCaseReviewCompleted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .reviewId("RCR-7")
     *     .build();
     * assertThat(reflectiveCaseReviewCompleted.reviewId()).isEqualTo("RCR-7");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a reflective case review completed, from {@link ReflectiveCaseReviewCompleted#builder()}. */
    final class Builder extends ImmutableReflectiveCaseReviewCompleted.Builder {
        Builder() {
        }
    }
}
