package org.duly.domain.complaints;

/** The procedure a complaint is handled under. */
public enum ComplaintKind {

    /**
     * The corporate complaints procedure: dissatisfaction with a council service not covered by
     * Part 3 of the Children Act 1989, such as child protection matters.
     */
    CORPORATE,

    /**
     * The statutory children's complaints procedure (Children Act 1989 section 26(3) and the
     * Children Act 1989 Representations Procedure (England) Regulations 2006), in three stages
     *.
     */
    STATUTORY
}
