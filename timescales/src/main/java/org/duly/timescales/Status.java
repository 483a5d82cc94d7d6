package org.duly.timescales;

/** Where an obligation stands on the evaluation date. */
public enum Status {

    /** Not yet due, and not within the due-soon horizon. */
    UPCOMING,

    /** Not yet done, and due within the configured horizon (5 working days unless configured). */
    DUE_SOON,

    /** Not done, its due date has passed, and it can still be done: overdue until it is done or can no longer be. */
    OVERDUE,

    /**
     * Not done by its due date, and it can no longer be done: what ended it (the case closing, the next
     * occurrence superseding it, its window closing) came after the due date. A miss stays a miss.
     */
    MISSED,

    /** Done on or before its due date. */
    MET,

    /** Done, but after its due date. */
    MET_LATE,

    /**
     * Not required: an outcome made the work unnecessary (an enquiry concluding that no conference is
     * needed), or it ended before the work fell due. The entry names what closed it; never overdue, and
     * not counted in timeliness.
     */
    NOT_REQUIRED,

    /** The rule's condition does not hold for this case, judged when its clock started or when it fell due; nothing is owed. */
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

    /**
     * Whether the obligation counts in timeliness: it was owed and its due date has passed, or it was
     * done. Met on time counts for; met late, overdue and missed count against; what is still to come,
     * not required, not applicable or cannot be computed is not counted.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Status.MISSED.countsInTimeliness()).isTrue();
     * assertThat(Status.NOT_REQUIRED.countsInTimeliness()).isFalse();
     * }</pre>
     *
     * @return true for MET, MET_LATE, OVERDUE and MISSED
     */
    public boolean countsInTimeliness() {
        return this == MET || this == MET_LATE || this == OVERDUE || this == MISSED;
    }

    /**
     * Whether the obligation was owed and not done on time: met late, overdue or missed.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Status.MISSED.isLate()).isTrue();
     * assertThat(Status.DUE_SOON.isLate()).isFalse();
     * }</pre>
     *
     * @return true for MET_LATE, OVERDUE and MISSED
     */
    public boolean isLate() {
        return this == MET_LATE || this == OVERDUE || this == MISSED;
    }
}
