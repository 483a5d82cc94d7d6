package org.duly.domain.events;

/**
 * The kind of placement a looked after child lives in. Visit frequency (4-weekly for
 * independent fostering agency and private residential placements) and quality assurance visits
 * (semi-independent accommodation) depend on it.
 */
public enum PlacementType {

    /** With the council's own foster carers. */
    LOCAL_AUTHORITY_FOSTER_CARE,

    /** With foster carers of an independent fostering agency (IFA): visited 4-weekly. */
    INDEPENDENT_FOSTERING_AGENCY,

    /** With a connected person: a relative, friend or other person connected with the child, approved as a foster carer. */
    CONNECTED_PERSON,

    /** In a children's home run by the council. */
    LOCAL_AUTHORITY_RESIDENTIAL,

    /** In a privately run children's home: visited 4-weekly. */
    PRIVATE_RESIDENTIAL,

    /** In semi-independent (supported) accommodation: a quality assurance visit within 6 weeks of the move. */
    SEMI_INDEPENDENT,

    /** Placed with parents or another person with parental responsibility while looked after. */
    PLACED_WITH_PARENTS,

    /** Placed for adoption: the life story book is given at placement. */
    PLACED_FOR_ADOPTION,

    /** In a secure children's home. */
    SECURE_CHILDRENS_HOME,

    /** In a residential school. */
    RESIDENTIAL_SCHOOL,

    /** In hospital or other health provision. */
    HEALTH_PROVISION,

    /** Living independently. */
    INDEPENDENT_LIVING,

    /** Any other placement. */
    OTHER;

    /**
     * Whether the booklet counts the placement as visited every 4 weeks rather than every 6.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(PlacementType.PRIVATE_RESIDENTIAL.isVisitedFourWeekly()).isTrue();
     * assertThat(PlacementType.LOCAL_AUTHORITY_FOSTER_CARE.isVisitedFourWeekly()).isFalse();
     * }</pre>
     *
     * @return true for independent fostering agency and private residential placements
     */
    public boolean isVisitedFourWeekly() {
        return this == INDEPENDENT_FOSTERING_AGENCY || this == PRIVATE_RESIDENTIAL;
    }
}
