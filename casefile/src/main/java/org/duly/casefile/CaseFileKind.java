package org.duly.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.Timeline;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintEventType;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.events.EventType;
import org.duly.domain.staff.StaffEventType;
import org.duly.domain.workforce.Worker;

/**
 * What a case file is about, named by the key of its subject: a child's case ({@code child}), a
 * complaint ({@code complaint}) or a worker's supervision ({@code worker}). Each kind knows the
 * value type of its subject and the registry of its event types, which the reader, the writer and
 * the schema share.
 */
public enum CaseFileKind {
    /** A child's case: the child and the events of the case. */
    CHILD_CASE("child", Child.class, "name", CaseEventType.values()),
    /** A complaint: the complaint and its stages. */
    COMPLAINT("complaint", Complaint.class, "complainantName", ComplaintEventType.values()),
    /** A worker: the worker and their supervision and reflective case reviews. */
    STAFF("worker", Worker.class, "name", StaffEventType.values());

    private final String subjectKey;
    private final Class<?> subjectType;
    private final String nameField;
    private final List<EventType> eventTypes;

    CaseFileKind(String subjectKey, Class<?> subjectType, String nameField, EventType[] eventTypes) {
        this.subjectKey = subjectKey;
        this.subjectType = subjectType;
        this.nameField = nameField;
        this.eventTypes = List.of(eventTypes);
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

    /** The value type of the subject: {@code Child}, {@code Complaint} or {@code Worker}. */
    Class<?> subjectType() {
        return subjectType;
    }

    /** The subject's field that holds a person's name, which no message may quote. */
    String nameField() {
        return nameField;
    }

    /** The event types a file of this kind may hold, in their registry's order. */
    List<EventType> eventTypes() {
        return eventTypes;
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

    /**
     * The kind of file a timeline is written to.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileKind.of(complaintTimeline)).isEqualTo(CaseFileKind.COMPLAINT);
     * }</pre>
     *
     * @param timeline the timeline
     * @return its kind
     */
    public static CaseFileKind of(Timeline timeline) {
        if (timeline instanceof CaseTimeline) {
            return CHILD_CASE;
        }
        return timeline instanceof ComplaintTimeline ? COMPLAINT : STAFF;
    }
}
