package org.duly.timescales.period;

import java.time.DateTimeException;

/**
 * Thrown when months or years are added with {@link MonthEndRounding#REJECT} and the result would
 * need rounding. Evaluation turns it into a reason a date cannot be given, never a guess.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthEndAmbiguityException extends DateTimeException {

    private static final long serialVersionUID = 1L;

    private final transient MonthEndAdjustment adjustment;

    MonthEndAmbiguityException(String arithmetic, MonthEndAdjustment adjustment) {
        super(arithmetic + ": " + adjustment);
        this.adjustment = adjustment;
    }

    /**
     * The rounding that was refused.
     *
     * @return the adjustment
     */
    public MonthEndAdjustment adjustment() {
        return adjustment;
    }
}
