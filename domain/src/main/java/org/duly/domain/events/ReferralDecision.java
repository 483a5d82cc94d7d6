package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The decision on the type of response a referral needs. Anchors the single and early help assessment
 * timescales (EHSA-1 to EHSA-4, EH-1, EH-2, CIN-4) and meets CIN-1.
 *
 * <p>Serves CIN-1, CIN-4, EHSA-1, EHSA-2, EHSA-3, EHSA-4, EH-1 and EH-2. Instances are immutable and
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
    static ImmutableReferralDecision.Builder builder() {
        return ImmutableReferralDecision.builder();
    }
}
