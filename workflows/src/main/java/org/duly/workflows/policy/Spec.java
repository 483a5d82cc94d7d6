package org.duly.workflows.policy;

import java.util.Objects;

/**
 * One timescale of a policy's source document, with a stable id that rules name when they
 * implement it: "CP-2", in the area "Child Protection", "ICPC within 15 working days of the strategy
 * discussion that initiated section 47 enquiries". Ids are the policy's own: any council's are
 * accepted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the stable id: "CP-2"
 * @param area the area of practice it belongs to
 * @param words the timescale as the document states it
 */
public record Spec(String id, Area area, String words) {

    /** Checks every part is present, and the id and words are not blank. */
    public Spec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(words, "words");
        if (id.isBlank() || words.isBlank()) {
            throw new IllegalArgumentException("a spec has an id and words");
        }
    }

    /**
     * A spec.
     *
     * <p>Example:
     * <pre>{@code
     * Spec rhi = Spec.of("NS-1", Area.of("Missing Children"), "Return home interview within 72 hours of the child's return");
     * assertThat(rhi.id()).isEqualTo("NS-1");
     * }</pre>
     *
     * @param id the stable id
     * @param area the area of practice
     * @param words the timescale as the document states it
     * @return the spec
     */
    public static Spec of(String id, Area area, String words) {
        return new Spec(id, area, words);
    }

    @Override
    public String toString() {
        return id + " (" + area.title() + "): " + words;
    }
}
