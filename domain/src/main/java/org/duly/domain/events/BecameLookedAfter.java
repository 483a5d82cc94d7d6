package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The child became looked after by the local authority, with the legal status they came in under. It starts a
 * period of care and anchors the care plan, the first looked after review, the first health
 * assessment, the first personal education plan, the SDQ on entering care and the
 * change of circumstances record; periods of care decide care leaver status.
 *
 * <p>It cannot precede the child's birth.
 * Instances are immutable and thread-safe.
 *
 * @see CaseEventType#BECAME_LOOKED_AFTER
 */
@Value.Immutable
public interface BecameLookedAfter extends CaseEvent {

    /**
     * The legal status the child came into care under.
     *
     * @return the legal status
     */
    LegalStatus legalStatus();

    /**
     * A builder for a becoming looked after.
     *
     * <p>Example:
     * <pre>{@code
     * BecameLookedAfter becameLookedAfter = BecameLookedAfter.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .legalStatus(LegalStatus.SECTION_20)
     *     .build();
     * assertThat(becameLookedAfter.legalStatus()).isEqualTo(LegalStatus.SECTION_20);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a becoming looked after, from {@link BecameLookedAfter#builder()}. */
    final class Builder extends ImmutableBecameLookedAfter.Builder {
        Builder() {
        }
    }
}
