package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A senior family support practitioner or children's centre coordinator reviewed an early help case open for 12
 * months or more, to consider updating the assessment.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#EARLY_HELP_CASE_REVIEW
 */
@Value.Immutable
public interface EarlyHelpCaseReview extends CaseEvent {

    /**
     * A builder for an early help case review.
     *
     * <p>Example:
     * <pre>{@code
     * EarlyHelpCaseReview earlyHelpCaseReview = EarlyHelpCaseReview.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(earlyHelpCaseReview.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an early help case review, from {@link EarlyHelpCaseReview#builder()}. */
    final class Builder extends ImmutableEarlyHelpCaseReview.Builder {
        Builder() {
        }
    }
}
