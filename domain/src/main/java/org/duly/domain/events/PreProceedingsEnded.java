package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Pre-proceedings under the Public Law Outline ended.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PRE_PROCEEDINGS_ENDED
 */
@Value.Immutable
public interface PreProceedingsEnded extends CaseEvent {

    /**
     * How they ended, where recorded.
     *
     * @return the outcome, or empty if not recorded
     */
    Optional<PreProceedingsOutcome> outcome();

    /**
     * A builder for an end of pre-proceedings.
     *
     * <p>Example:
     * <pre>{@code
     * PreProceedingsEnded preProceedingsEnded = PreProceedingsEnded.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .outcome(PreProceedingsOutcome.CARE_PROCEEDINGS_ISSUED)
     *     .build();
     * assertThat(preProceedingsEnded.outcome()).contains(PreProceedingsOutcome.CARE_PROCEEDINGS_ISSUED);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an end of pre-proceedings, from {@link PreProceedingsEnded#builder()}. */
    final class Builder extends ImmutablePreProceedingsEnded.Builder {
        Builder() {
        }
    }
}
