package org.duly.timescales.period;

/**
 * When someone born on 29 February has a birthday in a year without one. Ages are attained at the
 * start of the birthday (Family Law Reform Act 1969, s9).
 */
public enum LeapDayBirthdays {

    /** On 1 March: the day after 28 February, when the 29th would have been. The default. */
    MARCH_1(MonthEndRounding.UP),

    /** On 28 February. */
    FEBRUARY_28(MonthEndRounding.DOWN);

    private final MonthEndRounding rounding;

    LeapDayBirthdays(MonthEndRounding rounding) {
        this.rounding = rounding;
    }

    /** The month-end rounding that gives this birthday; the same rounding serves "16 years and 6 months". */
    MonthEndRounding rounding() {
        return rounding;
    }
}
