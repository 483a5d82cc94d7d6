package org.duly.workflows.policy;

/** The statutory instruments and guidance that put a timescale in law. */
public enum Instrument {
    /** Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959). */
    CARE_PLANNING_REGULATIONS_2010("Care Planning, Placement and Case Review (England) Regulations 2010"),
    /** Working Together to Safeguard Children (statutory guidance, 2023). */
    WORKING_TOGETHER("Working Together to Safeguard Children 2023"),
    /** Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738). */
    REPRESENTATIONS_PROCEDURE_2006("Children Act 1989 Representations Procedure (England) Regulations 2006"),
    /** The Public Law Outline: Family Procedure Rules 2010, Practice Direction 12A. */
    PUBLIC_LAW_OUTLINE("the Public Law Outline (Family Procedure Rules 2010, Practice Direction 12A)"),
    /** Children Act 1989, section 32(1)(a): proceedings disposed of within 26 weeks. */
    CHILDREN_ACT_1989_S32("Children Act 1989, section 32(1)(a)"),
    /** Children Act 1989 and the Children (Private Arrangements for Fostering) Regulations 2005. */
    PRIVATE_FOSTERING_REGULATIONS_2005("Children (Private Arrangements for Fostering) Regulations 2005"),
    /** Children Act 1989 and the Care Leavers (England) Regulations 2010. */
    CARE_LEAVERS_REGULATIONS_2010("Care Leavers (England) Regulations 2010"),
    /** Children Act 1989, as amended by the Children and Social Work Act 2017 (personal advisers to 25). */
    CHILDREN_AND_SOCIAL_WORK_ACT_2017("Children and Social Work Act 2017"),
    /** Adoption Agencies Regulations 2005 (life story book and later life letter). */
    ADOPTION_AGENCIES_REGULATIONS_2005("Adoption Agencies Regulations 2005"),
    /** Promoting the health and wellbeing of looked-after children (statutory guidance, 2015). */
    HEALTH_OF_LOOKED_AFTER_CHILDREN_GUIDANCE("Promoting the health and well-being of looked-after children (statutory guidance, 2015)");

    private final String title;

    Instrument(String title) {
        this.title = title;
    }

    /**
     * The instrument's title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }
}
