package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * Pre-proceedings under the Public Law Outline (PLO) started, as decided at Scrutiny Panel: ideally completed
 * within 16 weeks.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PRE_PROCEEDINGS_STARTED
 */
@Value.Immutable
public interface PreProceedingsStarted extends CaseEvent {

    /**
     * A builder for a start of pre-proceedings.
     *
     * <p>Example:
     * <pre>{@code
     * PreProceedingsStarted preProceedingsStarted = PreProceedingsStarted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(preProceedingsStarted.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a start of pre-proceedings, from {@link PreProceedingsStarted#builder()}. */
    final class Builder extends ImmutablePreProceedingsStarted.Builder {
        Builder() {
        }
    }
}
