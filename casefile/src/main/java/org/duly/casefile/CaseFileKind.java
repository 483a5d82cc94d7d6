package org.duly.casefile;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a case file is about, named by the key of its subject: a child's case ({@code child}), a
 * complaint ({@code complaint}) or a worker's supervision ({@code worker}).
 */
public enum CaseFileKind {
    /** A child's case: the child and the events of the case. */
    CHILD_CASE("child"),
    /** A complaint: the complaint and its stages. */
    COMPLAINT("complaint"),
    /** A worker: the worker and their supervision and reflective case reviews. */
    STAFF("worker");

    private final String subjectKey;

    CaseFileKind(String subjectKey) {
        this.subjectKey = subjectKey;
    }

    /**
     * The key of the subject in the file.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileKind.STAFF.subjectKey()).isEqualTo("worker");
     * }</pre>
     *
     * @return the key, such as {@code child}
     */
    public String subjectKey() {
        return subjectKey;
    }

    /**
     * The kind whose subject has a key.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileKind.bySubjectKey("complaint")).contains(CaseFileKind.COMPLAINT);
     * }</pre>
     *
     * @param key a key of a case file's top level
     * @return the kind, if the key names a subject
     */
    public static Optional<CaseFileKind> bySubjectKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.subjectKey.equals(key)).findFirst();
    }
}
