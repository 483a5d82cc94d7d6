package org.duly.timescales;

import java.util.Objects;

/** The one check every worded part of the DSL makes: its words are what a rule prints, so they are never blank. */
final class Words {

    private Words() {
    }

    /**
     * The words, checked.
     *
     * @param words the words
     * @param what what has them, for the message: "a condition"
     * @return the words
     * @throws IllegalArgumentException if they are blank
     */
    static String require(String words, String what) {
        if (Objects.requireNonNull(words, "words").isBlank()) {
            throw new IllegalArgumentException(what + " needs words, as a rule prints it: not '" + words + "'");
        }
        return words;
    }
}
