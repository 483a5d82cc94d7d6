package org.duly.casefile;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.Timeline;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.complaints.ComplaintEventType;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.events.EventType;
import org.duly.domain.events.TimelineEvent;
import org.duly.domain.staff.StaffEvent;
import org.duly.domain.staff.StaffEventType;
import org.duly.domain.workforce.Worker;

/**
 * What a case file is about, named by the key of its subject: a child's case ({@code child}), a
 * complaint ({@code complaint}) or a worker's supervision ({@code worker}). Each kind knows the
 * value type of its subject and the registry of its event types, which the reader, the writer and
 * the schema share. An application's own event types join the kind whose event interface their
 * class implements ({@code CaseEvent} for a child's case).
 */
public enum CaseFileKind {
    /** A child's case: the child and the events of the case. */
    CHILD_CASE("child", Child.class, CaseEvent.class, "name", CaseEventType.values()),
    /** A complaint: the complaint and its stages. */
    COMPLAINT("complaint", Complaint.class, ComplaintEvent.class, "complainantName", ComplaintEventType.values()),
    /** A worker: the worker and their supervision and reflective case reviews. */
    STAFF("worker", Worker.class, StaffEvent.class, "name", StaffEventType.values());

    private final String subjectKey;
    private final Class<?> subjectType;
    private final Class<? extends TimelineEvent> eventInterface;
    private final String nameField;
    private final List<EventType> eventTypes;
    /** The same by case-file name: every event of every case file is looked up here. */
    private final Map<String, EventType> eventTypesByName;

    CaseFileKind(String subjectKey, Class<?> subjectType, Class<? extends TimelineEvent> eventInterface, String nameField,
            EventType[] eventTypes) {
        this.subjectKey = subjectKey;
        this.subjectType = subjectType;
        this.eventInterface = eventInterface;
        this.nameField = nameField;
        this.eventTypes = List.of(eventTypes);
        Map<String, EventType> byName = new HashMap<>();
        for (EventType type : eventTypes) {
            byName.putIfAbsent(type.caseFileName(), type);
        }
        // A hash map, not Map.copyOf's, which compares a name with every key it probes: every event read looks its name up.
        this.eventTypesByName = Collections.unmodifiableMap(byName);
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

    /** What every event of a file of this kind implements: {@code CaseEvent}, {@code ComplaintEvent} or {@code StaffEvent}. */
    Class<? extends TimelineEvent> eventInterface() {
        return eventInterface;
    }

    /** Duly's own event types a file of this kind may hold, in their registry's order. */
    List<EventType> eventTypes() {
        return eventTypes;
    }

    /** Duly's own event type of this kind with a case-file name, if there is one. */
    Optional<EventType> eventType(String caseFileName) {
        return Optional.ofNullable(eventTypesByName.get(caseFileName));
    }

    /** The kind of file whose events an event class belongs to, if any: by the interface it implements. */
    static Optional<CaseFileKind> ofEventClass(Class<?> eventClass) {
        return Arrays.stream(values()).filter(kind -> kind.eventInterface.isAssignableFrom(eventClass)).findFirst();
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
