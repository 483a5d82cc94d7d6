package org.duly.timescales;

/** Where an obligation stands on the evaluation date. */
public enum Status {

    /** Not yet due, and not within the due-soon horizon. */
    UPCOMING,

    /** Not yet done, and due within the configured horizon (5 working days unless configured). */
    DUE_SOON,

    /** Not done, and its due date has passed. */
    OVERDUE,

    /** Done on or before its due date. */
    MET,

    /** Done, but after its due date. */
    MET_LATE,

    /** The rule's condition does not hold for this case, so nothing is owed. */
    NOT_APPLICABLE,

    /** A fact the timescale needs is missing; the entry says which. */
    CANNOT_COMPUTE;

    /**
     * Whether the obligation is still to be done: upcoming, due soon or overdue.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Status.OVERDUE.isOpen()).isTrue();
     * assertThat(Status.MET_LATE.isOpen()).isFalse();
     * }</pre>
     *
     * @return true for UPCOMING, DUE_SOON and OVERDUE
     */
    public boolean isOpen() {
        return this == UPCOMING || this == DUE_SOON || this == OVERDUE;
    }

    /**
     * Whether the obligation was done, on time or late.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Status.MET_LATE.isMet()).isTrue();
     * }</pre>
     *
     * @return true for MET and MET_LATE
     */
    public boolean isMet() {
        return this == MET || this == MET_LATE;
    }
}
