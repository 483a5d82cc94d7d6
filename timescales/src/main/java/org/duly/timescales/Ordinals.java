package org.duly.timescales;

/** Ordinal numbers as English writes them: 1st, 2nd, 3rd, 4th, 11th, 21st. */
final class Ordinals {

    /** The ordinals an explanation uses, worked out once. */
    private static final String[] SMALL = new String[200];

    static {
        for (int n = 0; n < SMALL.length; n++) {
            SMALL[n] = spelled(n);
        }
    }

    private Ordinals() {
    }

    static String of(int n) {
        return n >= 0 && n < SMALL.length ? SMALL[n] : spelled(n);
    }

    private static String spelled(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
