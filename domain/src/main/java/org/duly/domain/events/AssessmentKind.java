package org.duly.domain.events;

/**
 * Which assessment: the booklet's single assessment (social care) or early help assessment.
 */
public enum AssessmentKind {

    /** A single assessment by a social worker. */
    SINGLE_ASSESSMENT,

    /** An early help assessment by an early help practitioner. */
    EARLY_HELP_ASSESSMENT
}
