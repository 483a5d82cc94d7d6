package org.duly.domain.events;

/**
 * Which health assessment of a looked after child.
 */
public enum HealthAssessmentKind {

    /** The initial health assessment. */
    INITIAL,

    /** A review health assessment. */
    REVIEW
}
