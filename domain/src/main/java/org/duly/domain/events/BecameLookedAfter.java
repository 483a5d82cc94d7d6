package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The child became looked after by the local authority, with the legal status they came in under. It starts a
 * period of care and anchors the care plan (LAC-4), the first looked after review (LAC-6), the first health
 * assessment (LAC-9), the first personal education plan (LAC-11), the SDQ on entering care (LAC-14) and the
 * change of circumstances record (LAC-15); periods of care decide care leaver status (CL-9).
 *
 * <p>Serves LAC-4, LAC-6, LAC-9, LAC-11, LAC-14, LAC-15 and CL-9. It cannot precede the child's birth.
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
    static ImmutableBecameLookedAfter.Builder builder() {
        return ImmutableBecameLookedAfter.builder();
    }
}
