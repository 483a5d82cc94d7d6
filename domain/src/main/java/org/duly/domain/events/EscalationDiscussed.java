package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * Concerns about an escalation of risk to a child in an early help case were discussed with the Senior Early Help
 * Practitioner or the Early Help Team Manager, for a decision on whether step up to social care is needed.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#ESCALATION_DISCUSSED
 */
@Value.Immutable
public interface EscalationDiscussed extends CaseEvent {

    /**
     * A builder for a discussion of concerns about escalation.
     *
     * <p>Example:
     * <pre>{@code
     * EscalationDiscussed escalationDiscussed = EscalationDiscussed.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(escalationDiscussed.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a discussion of concerns about escalation, from {@link EscalationDiscussed#builder()}. */
    final class Builder extends ImmutableEscalationDiscussed.Builder {
        Builder() {
        }
    }
}
