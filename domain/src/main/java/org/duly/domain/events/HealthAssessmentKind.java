package org.duly.domain.events;

/**
 * Which health assessment of a looked after child.
 */
public enum HealthAssessmentKind {

    /** The initial health assessment (LAC-9). */
    INITIAL,

    /** A review health assessment (LAC-10). */
    REVIEW
}
