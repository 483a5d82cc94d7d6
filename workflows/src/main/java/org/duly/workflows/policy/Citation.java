package org.duly.workflows.policy;

import java.util.Objects;

/**
 * Where a rule comes from, with the source's own words beside it, so a policy author can hold the
 * rule against the text it implements.
 *
 * Open to any document: a council's practice standards or procedures, statutory guidance.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param document the document: "Northshire Children's Services Practice Standards", a council's procedures manual
 * @param section the section or chapter: "Child Protection"
 * @param words the document's own words
 */
public record Citation(String document, String section, String words) {

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
