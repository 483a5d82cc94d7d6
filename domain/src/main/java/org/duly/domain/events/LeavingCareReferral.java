package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The young person was referred to the leaving care team: at least one month before the 16th birthday.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#LEAVING_CARE_REFERRAL
 */
@Value.Immutable
public interface LeavingCareReferral extends CaseEvent {

    /**
     * A builder for a referral to the leaving care team.
     *
     * <p>Example:
     * <pre>{@code
     * LeavingCareReferral leavingCareReferral = LeavingCareReferral.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(leavingCareReferral.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a referral to the leaving care team, from {@link LeavingCareReferral#builder()}. */
    final class Builder extends ImmutableLeavingCareReferral.Builder {
        Builder() {
        }
    }
}
