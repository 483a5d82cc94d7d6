package org.duly.domain.events;

/**
 * Who raised a concern about an externally commissioned placement.
 */
public enum ConcernRaisedBy {

    /** The child's social worker (a quality assurance visit is due). */
    SOCIAL_WORKER,

    /** The independent reviewing officer (a quality assurance visit is due). */
    INDEPENDENT_REVIEWING_OFFICER,

    /** The commissioning or quality assurance team. */
    COMMISSIONING_TEAM,

    /** Anyone else. */
    OTHER
}
