package org.duly.domain.events;

/**
 * Why a visit to the child was made; the rule a visit can meet depends on it.
 */
public enum VisitPurpose {

    /** A visit for a single or early help assessment; the first is the initial home visit (EHSA-1). */
    ASSESSMENT,

    /** A visit to a child in need (CIN-2, CIN-3). */
    CHILD_IN_NEED,

    /** A visit during a section 47 enquiry, where the child is seen alone within 24 hours (CP-8). */
    SECTION_47_ENQUIRY,

    /** A visit to a child on a child protection plan, at the pattern the conference agreed. */
    CHILD_PROTECTION,

    /** A statutory visit to a looked after child (LAC-1, LAC-2). */
    LOOKED_AFTER,

    /** A visit to a privately fostered child (PF-1, PF-2). */
    PRIVATE_FOSTERING,

    /** A visit by an early help practitioner. */
    EARLY_HELP,

    /** A visit by the leaving care worker; the first after allocation is the initial visit (CL-2). */
    LEAVING_CARE,

    /** Any other visit. */
    OTHER
}
