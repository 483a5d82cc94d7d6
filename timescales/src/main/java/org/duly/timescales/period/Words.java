package org.duly.timescales.period;

/** Shared wording of counts. */
final class Words {

    private Words() {
    }

    /** "1 week", "2 weeks". */
    static String count(int n, String singular, String plural) {
        return n + " " + (Math.abs(n) == 1 ? singular : plural);
    }
}
