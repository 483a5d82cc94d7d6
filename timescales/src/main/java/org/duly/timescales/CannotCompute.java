package org.duly.timescales;

import java.util.Objects;

/**
 * Why a timescale could give no date: the fact it is missing and what it needed it for. Evaluation
 * returns this as a value; missing data is never an exception and never a guess.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param missing what is missing, as a person would supply it: "the date of birth"
 * @param neededFor what it was needed for: "to find the 16th birthday"
 */
public record CannotCompute(String missing, String neededFor) {

    /** Checks both parts are present. */
    public CannotCompute {
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(neededFor, "neededFor");
    }

    /**
     * The reason in one line: "needs the date of birth to find the 16th birthday".
     *
     * @return the reason
     */
    @Override
    public String toString() {
        return "needs " + missing + " " + neededFor;
    }
}
