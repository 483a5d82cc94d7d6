package org.duly.domain.events;

/**
 * The documents filed with an application for a care order on Day 1.
 */
public enum CourtDocument {

    /** The chronology. */
    CHRONOLOGY,

    /** The social work evidence template statement. */
    SOCIAL_WORK_STATEMENT,

    /** The genogram. */
    GENOGRAM,

    /** The current assessments the statement relies on. */
    ASSESSMENTS,

    /** The care plan. */
    CARE_PLAN,

    /** The index of checklist documents. */
    CHECKLIST_INDEX
}
