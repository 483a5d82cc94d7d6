package org.duly.domain.events;

/**
 * The risk of exploitation a child exploitation assessment found.
 */
public enum RiskLevel {

    /** High risk: the child is being exploited. */
    HIGH,

    /** Medium risk of exploitation. */
    MEDIUM,

    /** Low risk of exploitation. */
    LOW
}
