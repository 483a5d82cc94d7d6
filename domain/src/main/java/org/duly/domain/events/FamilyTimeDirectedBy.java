package org.duly.domain.events;

/**
 * Who set a family time arrangement.
 */
public enum FamilyTimeDirectedBy {

    /** The court, by a direction or order. */
    COURT,

    /** The social worker, under the care plan. */
    SOCIAL_WORKER
}
