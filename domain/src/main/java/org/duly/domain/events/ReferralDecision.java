package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The decision on the type of response a referral needs. Anchors the single and early help assessment
 * timescales and meets the decision on the response to a referral.
 *
 * <p>Instances are immutable and
 * thread-safe.
 *
 * @see CaseEventType#REFERRAL_DECISION
 */
@Value.Immutable
public interface ReferralDecision extends CaseEvent {

    /**
     * What was decided.
     *
     * @return the outcome
     */
    ReferralOutcome outcome();

    /**
     * A builder for a referral decision.
     *
     * <p>Example:
     * <pre>{@code
     * ReferralDecision referralDecision = ReferralDecision.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .outcome(ReferralOutcome.SINGLE_ASSESSMENT)
     *     .build();
     * assertThat(referralDecision.outcome()).isEqualTo(ReferralOutcome.SINGLE_ASSESSMENT);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a referral decision, from {@link ReferralDecision#builder()}. */
    final class Builder extends ImmutableReferralDecision.Builder {
        Builder() {
        }
    }
}
