package org.duly.domain.events;

/**
 * Why the quality assurance team visited a home (EP-2 to EP-4).
 */
public enum QualityAssuranceVisitReason {

    /** A young person moved into semi-independent accommodation (EP-2). */
    MOVE_INTO_SEMI_INDEPENDENT,

    /** A social worker or IRO shared concerns (EP-3). */
    CONCERNS_RAISED,

    /** Ofsted judged the home inadequate (EP-4). */
    OFSTED_INADEQUATE,

    /** Routine monitoring. */
    ROUTINE
}
