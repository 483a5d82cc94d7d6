package org.duly.domain.events;

/**
 * Why a child seen on a visit was not spoken to alone.
 *
 * <p>Example:
 * <pre>{@code
 * Visit visit = Visit.builder().date(LocalDate.parse("2024-06-04")).purpose(VisitPurpose.SECTION_47_ENQUIRY)
 *     .childSeen(true).seenAlone(false).notSpokenToAloneBecause(NotSpokenToAloneReason.PRE_VERBAL).build();
 * assertThat(visit.notSpokenToAloneBecause()).contains(NotSpokenToAloneReason.PRE_VERBAL);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum NotSpokenToAloneReason {

    /** A baby or young child too young to talk: seen, and cannot be spoken to. */
    PRE_VERBAL,

    /**
     * The child declined to speak to the worker alone. In a section 47 enquiry the child is still to be spoken to alone; on
     * a looked after child's statutory visit it is regulation 29's exception (the child, of sufficient age and
     * understanding, refuses).
     */
    CHILD_DECLINED,

    /**
     * The worker judged it inappropriate to speak to the child alone, given the child's age and understanding: an exception
     * of regulation 29 of the Care Planning, Placement and Case Review (England) Regulations 2010.
     */
    INAPPROPRIATE_FOR_AGE_AND_UNDERSTANDING,

    /** The worker was unable to speak to the child alone: an exception of regulation 29 of the 2010 Regulations. */
    UNABLE
}
