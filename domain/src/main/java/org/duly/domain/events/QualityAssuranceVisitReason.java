package org.duly.domain.events;

/**
 * Why the quality assurance team visited a home.
 */
public enum QualityAssuranceVisitReason {

    /** A young person moved into semi-independent accommodation. */
    MOVE_INTO_SEMI_INDEPENDENT,

    /** A social worker or IRO shared concerns. */
    CONCERNS_RAISED,

    /** Ofsted judged the home inadequate. */
    OFSTED_INADEQUATE,

    /** Routine monitoring. */
    ROUTINE
}
