package org.duly.domain.events;

/**
 * The kind of a child protection conference.
 */
public enum ConferenceKind {

    /** An initial child protection conference (ICPC). */
    INITIAL,

    /** A review child protection conference. */
    REVIEW
}
