package org.duly.policies.derbyshire;

import org.duly.workflows.policy.Citation;

/** Citations of the booklet: its section and its own words. */
final class Booklet {

    private Booklet() {
    }

    /** The booklet's words in one of its sections. */
    static Citation cite(String section, String words) {
        return new Citation(DerbyshirePracticeStandards.DOCUMENT, section, words);
    }
}
