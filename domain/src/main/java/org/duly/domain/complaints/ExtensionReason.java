package org.duly.domain.complaints;

/** Why the time to respond to a complaint was extended (SC-1, SC-2, CC-3). */
public enum ExtensionReason {

    /** The complaint is complex: 10 further working days at stage 1, agreed with the complaints manager (SC-1). */
    COMPLEX_COMPLAINT,

    /** An advocate is needed: additional time at stage 1 (regulation 14(5), SC-1). */
    ADVOCATE_NEEDED,

    /** Ongoing internal procedures delay the response (CC-3). */
    ONGOING_INTERNAL_PROCEDURES,

    /** Any other reason. */
    OTHER
}
