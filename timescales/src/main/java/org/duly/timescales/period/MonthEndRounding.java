package org.duly.timescales.period;

/**
 * What to do when adding months or years reaches a day the target month does not have
 * (31 January + 1 month). Every rounding is reported in the explanation of the date it gives.
 *
 * <p>The names follow Catala's dates-calc library, whose conformance vectors Duly passes.
 */
public enum MonthEndRounding {

    /** To the last day of the target month: 31 January + 1 month = 28 (or 29) February. The default. */
    DOWN,

    /** To the first day of the month after: 31 January + 1 month = 1 March. */
    UP,

    /** No date: the policy must say what it means before a due date can be given. */
    REJECT;

    /**
     * How an explanation says it: "rounded down to the last day of the month".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(MonthEndRounding.UP.inWords()).isEqualTo("rounded up to the first day of the next month");
     * }</pre>
     *
     * @return the rounding in words
     */
    public String inWords() {
        return switch (this) {
            case DOWN -> "rounded down to the last day of the month";
            case UP -> "rounded up to the first day of the next month";
            case REJECT -> "rejected: the policy does not say which day is meant";
        };
    }
}
