package org.duly.domain.events;

/**
 * What changed in a care leaver's life.
 */
public enum SignificantChangeKind {

    /** A change in the care leaver's accommodation. */
    CHANGE_OF_ACCOMMODATION,

    /** Another significant change in the young person's life. */
    OTHER_SIGNIFICANT_CHANGE
}
