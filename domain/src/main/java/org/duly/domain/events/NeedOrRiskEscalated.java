package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The worker was made aware of escalating need or risk in an early help case: step up to social care is to be
 * implemented immediately.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#NEED_OR_RISK_ESCALATED
 */
@Value.Immutable
public interface NeedOrRiskEscalated extends CaseEvent {

    /**
     * A builder for an escalation of need or risk.
     *
     * <p>Example:
     * <pre>{@code
     * NeedOrRiskEscalated needOrRiskEscalated = NeedOrRiskEscalated.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(needOrRiskEscalated.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an escalation of need or risk, from {@link NeedOrRiskEscalated#builder()}. */
    final class Builder extends ImmutableNeedOrRiskEscalated.Builder {
        Builder() {
        }
    }
}
