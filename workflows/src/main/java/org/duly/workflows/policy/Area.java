package org.duly.workflows.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The areas of practice of the practice standards booklet, in the booklet's order, each with the
 * prefix of its spec ids in {@code key-timescales.tsv} ("CP-2" is Child Protection).
 */
public enum Area {
    /** Early help and single assessments. */
    ASSESSMENTS("EHSA", "Early Help and Single Assessments"),
    /** The child's single plan. */
    CHILDS_PLANS("PLAN", "Child's Single Plan"),
    /** Chronologies. */
    CHRONOLOGIES("CHRON", "Chronologies"),
    /** Step up to social care, step down to early help. */
    STEP_UP_STEP_DOWN("STEP", "Step Up / Step Down"),
    /** Parenting assessments. */
    PARENTING_ASSESSMENTS("PA", "Parenting Assessments"),
    /** Family time. */
    FAMILY_TIME("FT", "Family Time"),
    /** Private fostering. */
    PRIVATE_FOSTERING("PF", "Private Fostering"),
    /** Early help. */
    EARLY_HELP("EH", "Early Help"),
    /** Children in need. */
    CHILDREN_IN_NEED("CIN", "Children in Need"),
    /** Child protection. */
    CHILD_PROTECTION("CP", "Child Protection"),
    /** Court work. */
    COURT_WORK("CT", "Court Work"),
    /** Children in care. */
    CHILDREN_IN_CARE("LAC", "Children in Care"),
    /** Child exploitation. */
    CHILD_EXPLOITATION("CE", "Child Exploitation"),
    /** Life story work. */
    LIFE_STORY_WORK("LS", "Life Story Work"),
    /** Care leavers. */
    CARE_LEAVERS("CL", "Care Leavers"),
    /** Transition to adulthood. */
    TRANSITION_TO_ADULTHOOD("TA", "Transition to Adulthood"),
    /** External placements. */
    EXTERNAL_PLACEMENTS("EP", "External Placements"),
    /** Supervision of staff. */
    SUPERVISION("SUP", "Supervision"),
    /** Reflective case reviews. */
    REFLECTIVE_CASE_REVIEWS("RCR", "Reflective Case Reviews"),
    /** Corporate complaints. */
    CORPORATE_COMPLAINTS("CC", "Corporate Complaints"),
    /** Statutory complaints. */
    STATUTORY_COMPLAINTS("SC", "Statutory Complaints");

    private final String specPrefix;
    private final String title;

    Area(String specPrefix, String title) {
        this.specPrefix = specPrefix;
        this.title = title;
    }

    /**
     * The prefix of this area's spec ids: "CP".
     *
     * @return the prefix
     */
    public String specPrefix() {
        return specPrefix;
    }

    /**
     * The area's title as the booklet heads it: "Child Protection".
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The area a spec id belongs to.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Area.ofSpecId("LAC-6")).contains(Area.CHILDREN_IN_CARE);
     * }</pre>
     *
     * @param specId a spec id such as "CP-2"
     * @return its area, or empty if the prefix is unknown
     */
    public static Optional<Area> ofSpecId(String specId) {
        int dash = specId.indexOf('-');
        String prefix = dash < 0 ? specId : specId.substring(0, dash);
        return Arrays.stream(values()).filter(area -> area.specPrefix.equals(prefix)).findFirst();
    }
}
