package org.duly.workflows.policy;

import java.util.Objects;

/**
 * Where a rule comes from, with the source's own words beside it, so a policy author can hold the
 * rule against the text it implements.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param document the document: "Derbyshire Children's Services Practice Standards"
 * @param section the section or chapter: "Child Protection"
 * @param words the document's own words
 */
public record Citation(String document, String section, String words) {

    /** The practice standards booklet the built-in catalogue implements. */
    public static final String PRACTICE_STANDARDS = "Derbyshire Children's Services Practice Standards";

    /** Checks every part is present and not blank. */
    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(words, "words");
        if (document.isBlank() || section.isBlank() || words.isBlank()) {
            throw new IllegalArgumentException("a citation names its document, section and words");
        }
    }

    @Override
    public String toString() {
        return document + ", " + section + ": \"" + words + "\"";
    }
}
