package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The referrer was told the referral had been received: due within 1 working day of the referral with the
 * decision.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#REFERRAL_ACKNOWLEDGED
 */
@Value.Immutable
public interface ReferralAcknowledged extends CaseEvent {

    /**
     * A builder for an acknowledgement of a referral.
     *
     * <p>Example:
     * <pre>{@code
     * ReferralAcknowledged referralAcknowledged = ReferralAcknowledged.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(referralAcknowledged.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an acknowledgement of a referral, from {@link ReferralAcknowledged#builder()}. */
    final class Builder extends ImmutableReferralAcknowledged.Builder {
        Builder() {
        }
    }
}
