package org.duly.domain.events;

/**
 * The risk of exploitation a child exploitation assessment found (CE-1 to CE-3).
 */
public enum RiskLevel {

    /** High risk: the child is being exploited. */
    HIGH,

    /** Medium risk of exploitation. */
    MEDIUM,

    /** Low risk of exploitation. */
    LOW
}
