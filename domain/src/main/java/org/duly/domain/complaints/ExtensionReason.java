package org.duly.domain.complaints;

/** Why the time to respond to a complaint was extended. */
public enum ExtensionReason {

    /** The complaint is complex: 10 further working days at stage 1, agreed with the complaints manager. */
    COMPLEX_COMPLAINT,

    /** An advocate is needed: additional time at stage 1 (regulation 14(5)). */
    ADVOCATE_NEEDED,

    /** Ongoing internal procedures delay the response. */
    ONGOING_INTERNAL_PROCEDURES,

    /** Any other reason. */
    OTHER
}
