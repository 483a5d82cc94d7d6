package org.duly.domain.events;

/**
 * Ofsted's overall judgement of a home.
 */
public enum OfstedGrade {

    /** Outstanding. */
    OUTSTANDING,

    /** Good. */
    GOOD,

    /** Requires improvement to be good. */
    REQUIRES_IMPROVEMENT,

    /** Inadequate. */
    INADEQUATE
}
