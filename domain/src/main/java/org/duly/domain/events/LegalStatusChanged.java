package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The legal status under which a looked after child is looked after changed (from section 20 to an interim care
 * order, say): a change of circumstances record is due.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#LEGAL_STATUS_CHANGED
 */
@Value.Immutable
public interface LegalStatusChanged extends CaseEvent {

    /**
     * The new legal status.
     *
     * @return the legal status
     */
    LegalStatus legalStatus();

    /**
     * A builder for a change of legal status.
     *
     * <p>Example:
     * <pre>{@code
     * LegalStatusChanged legalStatusChanged = LegalStatusChanged.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .legalStatus(LegalStatus.INTERIM_CARE_ORDER)
     *     .build();
     * assertThat(legalStatusChanged.legalStatus()).isEqualTo(LegalStatus.INTERIM_CARE_ORDER);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a change of legal status, from {@link LegalStatusChanged#builder()}. */
    final class Builder extends ImmutableLegalStatusChanged.Builder {
        Builder() {
        }
    }
}
