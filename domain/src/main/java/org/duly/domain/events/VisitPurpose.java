package org.duly.domain.events;

/**
 * Why a visit to the child was made; the rule a visit can meet depends on it.
 */
public enum VisitPurpose {

    /** A visit for a single or early help assessment; the first is the initial home visit. */
    ASSESSMENT,

    /** A visit to a child in need. */
    CHILD_IN_NEED,

    /** A visit during a section 47 enquiry, where the child is seen alone within 24 hours. */
    SECTION_47_ENQUIRY,

    /** A visit to a child on a child protection plan, at the pattern the conference agreed. */
    CHILD_PROTECTION,

    /** A statutory visit to a looked after child. */
    LOOKED_AFTER,

    /** A visit to a privately fostered child. */
    PRIVATE_FOSTERING,

    /** A visit by an early help practitioner. */
    EARLY_HELP,

    /** A visit by the leaving care worker; the first after allocation is the initial visit. */
    LEAVING_CARE,

    /** Any other visit. */
    OTHER
}
