package org.duly.domain.events;

/**
 * The relationship to the child of the person a child lives with in a private arrangement. The
 * private fostering definition (Children Act 1989 s66) excludes parents, people with parental
 * responsibility and relatives, where section 105 defines a relative as "a grandparent, brother,
 * sister, uncle or aunt (whether of the full blood or of the half blood or by marriage or civil
 * partnership) or step-parent". An aunt by marriage is therefore an {@link #AUNT}; a cousin, a
 * great-aunt or a great-grandparent is an {@link #OTHER_RELATIVE}, outside the section 105 list.
 */
public enum CarerRelationship {

    /** A parent of the child. */
    PARENT,

    /** A person who is not a parent but has parental responsibility for the child. */
    PERSON_WITH_PARENTAL_RESPONSIBILITY,

    /** A step-parent (a relative under s105). */
    STEP_PARENT,

    /** A grandparent, of the full or half blood or by marriage or civil partnership (a relative under s105). */
    GRANDPARENT,

    /** A brother, of the full or half blood or by marriage or civil partnership (a relative under s105). */
    BROTHER,

    /** A sister, of the full or half blood or by marriage or civil partnership (a relative under s105). */
    SISTER,

    /** An uncle, of the full or half blood or by marriage or civil partnership (a relative under s105). */
    UNCLE,

    /** An aunt, of the full or half blood or by marriage or civil partnership (a relative under s105). */
    AUNT,

    /** A relative outside the section 105 list: a cousin, great-aunt, great-uncle or great-grandparent. */
    OTHER_RELATIVE,

    /** A friend of the family. */
    FAMILY_FRIEND,

    /** Anyone else: a host family, a partner's parent, an unrelated adult. */
    OTHER;

    /**
     * Whether the carer is a relative as section 105 of the Children Act 1989 defines one.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CarerRelationship.STEP_PARENT.isCloseRelative()).isTrue();
     * assertThat(CarerRelationship.OTHER_RELATIVE.isCloseRelative()).isFalse();
     * }</pre>
     *
     * @return true for a grandparent, brother, sister, uncle, aunt or step-parent
     */
    public boolean isCloseRelative() {
        return switch (this) {
            case STEP_PARENT, GRANDPARENT, BROTHER, SISTER, UNCLE, AUNT -> true;
            default -> false;
        };
    }

    /**
     * Whether the carer is a parent or has parental responsibility, so the child is not fostered at all.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CarerRelationship.PERSON_WITH_PARENTAL_RESPONSIBILITY.isParentOrHasParentalResponsibility()).isTrue();
     * }</pre>
     *
     * @return true for a parent or a person with parental responsibility
     */
    public boolean isParentOrHasParentalResponsibility() {
        return this == PARENT || this == PERSON_WITH_PARENTAL_RESPONSIBILITY;
    }
}
