package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A referral received by children's social care or early help (through Starting Point or a locality team). It
 * opens the case: a closed case reopens with a referral. The clock for the decision and acknowledgement
 * and for the child being seen starts on its date; a chronology is started when it is opened.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#REFERRAL
 */
@Value.Immutable
public interface Referral extends CaseEvent {

    /**
     * The service the referral was made to, where recorded.
     *
     * @return the service, or empty if not recorded
     */
    Optional<ServiceArea> service();

    /**
     * A builder for a referral.
     *
     * <p>Example:
     * <pre>{@code
     * Referral referral = Referral.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .service(ServiceArea.SOCIAL_CARE)
     *     .build();
     * assertThat(referral.service()).contains(ServiceArea.SOCIAL_CARE);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a referral, from {@link Referral#builder()}. */
    final class Builder extends ImmutableReferral.Builder {
        Builder() {
        }
    }
}
