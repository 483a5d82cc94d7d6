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

    /** The child declined to speak to the worker alone: recorded, and the child is still to be spoken to alone. */
    CHILD_DECLINED
}
