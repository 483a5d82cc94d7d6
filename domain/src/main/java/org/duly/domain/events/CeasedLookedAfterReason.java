package org.duly.domain.events;

/**
 * Why a child ceased to be looked after. Only a special guardianship order changes a derived fact: it can make
 * a qualifying care leaver.
 */
public enum CeasedLookedAfterReason {

    /** Returned to live with parents or relatives. */
    RETURNED_HOME,

    /** Adopted. */
    ADOPTED,

    /** A special guardianship order was made. */
    SPECIAL_GUARDIANSHIP_ORDER,

    /** A child arrangements order (formerly a residence order) was made. */
    CHILD_ARRANGEMENTS_ORDER,

    /** Moved to independent living. */
    MOVED_TO_INDEPENDENT_LIVING,

    /** Reached 18: no one is looked after as an adult. */
    REACHED_18,

    /** Care transferred to another local authority. */
    TRANSFERRED_TO_ANOTHER_AUTHORITY,

    /** Sentenced to custody. */
    SENTENCED_TO_CUSTODY,

    /** Died. */
    DIED,

    /** Any other reason. */
    OTHER
}
