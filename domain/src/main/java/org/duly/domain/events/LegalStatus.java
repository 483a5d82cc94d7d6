package org.duly.domain.events;

/**
 * The legal status under which a child is looked after: the booklet's "interim (s38) or full care
 * order (s31), emergency order (s44 and s46), voluntary agreement (s20), compulsorily accommodated
 * (s21)", with the codes of the SSDA903 return that case management systems already record.
 *
 * <p>A status of {@link #SECTION_20_SHORT_BREAKS} marks a pre-planned series of short breaks
 * (respite): days looked after under it never count toward the 13 weeks of the care leaver
 * definitions (Care Planning, Placement and Case Review (England) Regulations 2010, regulations 40
 * and 48).
 */
public enum LegalStatus {

    /** Accommodated by voluntary agreement under section 20 of the Children Act 1989, a single period (903 code V2). */
    SECTION_20("section 20 of the Children Act 1989", "V2"),

    /** Accommodated under section 20(4) in a pre-planned series of short breaks (903 codes V3 and V4). */
    SECTION_20_SHORT_BREAKS("section 20(4) of the Children Act 1989, short breaks", "V3, V4"),

    /** An interim care order under section 38 of the Children Act 1989 (903 code C1). */
    INTERIM_CARE_ORDER("section 38 of the Children Act 1989", "C1"),

    /** A full care order under section 31 of the Children Act 1989 (903 code C2). */
    FULL_CARE_ORDER("section 31 of the Children Act 1989", "C2"),

    /** A freeing order under section 18 of the Adoption Act 1976 (903 code D1). */
    FREEING_ORDER("section 18 of the Adoption Act 1976", "D1"),

    /** A placement order under section 21 of the Adoption and Children Act 2002 (903 code E1). */
    PLACEMENT_ORDER("section 21 of the Adoption and Children Act 2002", "E1"),

    /** In police protection and accommodated by the local authority under section 46 of the Children Act 1989 (903 code L1). */
    POLICE_PROTECTION("section 46 of the Children Act 1989", "L1"),

    /** An emergency protection order under section 44 of the Children Act 1989 (903 code L2). */
    EMERGENCY_PROTECTION_ORDER("section 44 of the Children Act 1989", "L2"),

    /** A child assessment order with accommodation, under section 43 of the Children Act 1989 (903 code L3). */
    CHILD_ASSESSMENT_ORDER("section 43 of the Children Act 1989", "L3"),

    /**
     * Remanded to local authority accommodation or youth detention accommodation, and accommodated
     * under section 21 of the Children Act 1989 (903 code J1).
     */
    REMANDED("section 21 of the Children Act 1989, remanded", "J1"),

    /** Detained and accommodated under section 21 of the Children Act 1989 after arrest (PACE), (903 code J2). */
    DETAINED_AFTER_ARREST("section 21 of the Children Act 1989, detained after arrest", "J2"),

    /** Sentenced to a youth rehabilitation order with a local authority residence requirement (903 code J3). */
    YOUTH_REHABILITATION_ORDER("youth rehabilitation order with residence requirement", "J3");

    private final String law;
    private final String ssda903Codes;

    LegalStatus(String law, String ssda903Codes) {
        this.law = law;
        this.ssda903Codes = ssda903Codes;
    }

    /**
     * The provision the status rests on, for explanations.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(LegalStatus.INTERIM_CARE_ORDER.law()).isEqualTo("section 38 of the Children Act 1989");
     * }</pre>
     *
     * @return the section and Act
     */
    public String law() {
        return law;
    }

    /**
     * The legal status codes of the SSDA903 return that this status covers.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(LegalStatus.SECTION_20_SHORT_BREAKS.ssda903Codes()).isEqualTo("V3, V4");
     * }</pre>
     *
     * @return the codes, comma separated
     */
    public String ssda903Codes() {
        return ssda903Codes;
    }

    /**
     * Whether this status is a pre-planned series of short breaks, whose days never count toward
     * the 13 weeks of the care leaver definitions.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(LegalStatus.SECTION_20_SHORT_BREAKS.isShortBreaks()).isTrue();
     * assertThat(LegalStatus.SECTION_20.isShortBreaks()).isFalse();
     * }</pre>
     *
     * @return true for {@link #SECTION_20_SHORT_BREAKS}
     */
    public boolean isShortBreaks() {
        return this == SECTION_20_SHORT_BREAKS;
    }
}
