package org.duly.workflows.policy;

import java.util.Objects;

/**
 * A statute, regulation or statutory guidance that puts a timescale in law. Open to any document:
 * {@code Instrument.of("Children Act 1989")}; the constants are the instruments of English
 * children's social care that the rules of any English council cite.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the instrument's title
 */
public record Instrument(String title) {

    /** Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959). */
    public static final Instrument CARE_PLANNING_REGULATIONS_2010 =
            of("Care Planning, Placement and Case Review (England) Regulations 2010");
    /** Working Together to Safeguard Children (statutory guidance, 2023). */
    public static final Instrument WORKING_TOGETHER = of("Working Together to Safeguard Children 2023");
    /** Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738). */
    public static final Instrument REPRESENTATIONS_PROCEDURE_2006 =
            of("Children Act 1989 Representations Procedure (England) Regulations 2006");
    /** The Public Law Outline: Family Procedure Rules 2010, Practice Direction 12A. */
    public static final Instrument PUBLIC_LAW_OUTLINE =
            of("the Public Law Outline (Family Procedure Rules 2010, Practice Direction 12A)");
    /** Children Act 1989, section 32(1)(a): proceedings disposed of within 26 weeks. */
    public static final Instrument CHILDREN_ACT_1989_S32 = of("Children Act 1989, section 32(1)(a)");
    /** Children Act 1989 and the Children (Private Arrangements for Fostering) Regulations 2005. */
    public static final Instrument PRIVATE_FOSTERING_REGULATIONS_2005 =
            of("Children (Private Arrangements for Fostering) Regulations 2005");
    /** Children Act 1989 and the Care Leavers (England) Regulations 2010. */
    public static final Instrument CARE_LEAVERS_REGULATIONS_2010 = of("Care Leavers (England) Regulations 2010");
    /** Children Act 1989, as amended by the Children and Social Work Act 2017 (personal advisers to 25). */
    public static final Instrument CHILDREN_AND_SOCIAL_WORK_ACT_2017 = of("Children and Social Work Act 2017");
    /** Adoption Agencies Regulations 2005 (life story book and later life letter). */
    public static final Instrument ADOPTION_AGENCIES_REGULATIONS_2005 = of("Adoption Agencies Regulations 2005");
    /** Adoption: statutory guidance (2013): the life story book and the later life letter are guidance, not regulations. */
    public static final Instrument ADOPTION_STATUTORY_GUIDANCE = of("Adoption: statutory guidance (2013)");
    /** Promoting the health and wellbeing of looked-after children (statutory guidance, 2015). */
    public static final Instrument HEALTH_OF_LOOKED_AFTER_CHILDREN_GUIDANCE =
            of("Promoting the health and well-being of looked-after children (statutory guidance, 2015)");
    /** Statutory guidance on children who run away or go missing from home or care (2014): return home interviews. */
    public static final Instrument CHILDREN_MISSING_FROM_HOME_OR_CARE_GUIDANCE =
            of("Statutory guidance on children who run away or go missing from home or care (2014)");

    /** Checks the title is present and not blank. */
    public Instrument {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("an instrument needs a title");
        }
    }

    /**
     * An instrument by its title.
     *
     * <p>Example:
     * <pre>{@code
     * Instrument act = Instrument.of("Children Act 1989");
     * assertThat(act.title()).isEqualTo("Children Act 1989");
     * }</pre>
     *
     * @param title the instrument's title
     * @return the instrument
     */
    public static Instrument of(String title) {
        return new Instrument(title);
    }

    @Override
    public String toString() {
        return title;
    }
}
