package org.duly.domain.events;

/**
 * The level of a child's single plan.
 */
public enum ChildsPlanKind {

    /** An early help plan (team around the family). */
    EARLY_HELP,

    /** A child in need plan (section 17 of the Children Act 1989). */
    CHILD_IN_NEED,

    /** A child protection plan, made at a child protection conference. */
    CHILD_PROTECTION
}
