package org.duly.domain.events;

/**
 * What a change of circumstances record was completed for.
 */
public enum ChangeOfCircumstancesReason {

    /** The child came into care. */
    ENTERED_CARE,

    /** The child moved placement. */
    PLACEMENT_MOVE,

    /** The child's legal status changed. */
    LEGAL_STATUS_CHANGE
}
