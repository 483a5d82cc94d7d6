package org.duly.domain.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.duly.domain.value.CaseFileSpelling;

/**
 * Every kind of staff event, in one place: its stable case-file name, its value type, its English
 * description and the ids of the timescales in {@code key-timescales.tsv} it serves.
 */
public enum StaffEventType {

    /** The {@linkplain StartedInPost start in post}. */
    STARTED_IN_POST(StartedInPost.class, "start in post", List.of("SUP-1", "SUP-2", "SUP-3")),

    /** The {@linkplain RoleChanged change of role}. */
    ROLE_CHANGED(RoleChanged.class, "change of role", List.of("SUP-1", "SUP-2", "SUP-3", "RCR-2")),

    /** The {@linkplain LeftPost leaving post}. */
    LEFT_POST(LeftPost.class, "leaving post", List.of("SUP-1", "SUP-2", "SUP-3", "RCR-2")),

    /** The {@linkplain SupervisionSession supervision session}. */
    SUPERVISION_SESSION(SupervisionSession.class, "supervision session", List.of("SUP-1", "SUP-2", "SUP-3")),

    /** The {@linkplain ReflectiveCaseReviewAllocated reflective case review allocation}. */
    REFLECTIVE_CASE_REVIEW_ALLOCATED(ReflectiveCaseReviewAllocated.class, "reflective case review allocation", List.of("RCR-1", "RCR-2")),

    /** The {@linkplain ReflectiveCaseReviewCompleted reflective case review completed}. */
    REFLECTIVE_CASE_REVIEW_COMPLETED(ReflectiveCaseReviewCompleted.class, "reflective case review completed", List.of("RCR-1"));

    private final Class<? extends StaffEvent> type;
    private final String description;
    private final List<String> specIds;

    StaffEventType(Class<? extends StaffEvent> type, String description, List<String> specIds) {
        this.type = type;
        this.description = description;
        this.specIds = specIds;
    }

    /**
     * The event's name in a case file, in lower camel case.
     *
     * @return the case-file name
     */
    public String caseFileName() {
        return CaseFileSpelling.of(this);
    }

    /**
     * The value type of the event.
     *
     * @return the interface its values implement
     */
    public Class<? extends StaffEvent> type() {
        return type;
    }

    /**
     * The event in English, as a message or explanation names it.
     *
     * @return the description, in lower case
     */
    public String description() {
        return description;
    }

    /**
     * The ids of the timescales in {@code key-timescales.tsv} the event anchors or meets.
     *
     * @return the spec ids, never empty
     */
    public List<String> specIds() {
        return specIds;
    }

    /**
     * Finds an event type by its case-file name.
     *
     * @param caseFileName the name, in lower camel case
     * @return the event type, or empty if none has that name
     */
    public static Optional<StaffEventType> byCaseFileName(String caseFileName) {
        return Arrays.stream(values()).filter(value -> value.caseFileName().equals(caseFileName)).findFirst();
    }

    /**
     * The event type of an event.
     *
     * @param event the event
     * @return its type
     * @throws IllegalArgumentException if the event's class implements no registered type
     */
    public static StaffEventType of(StaffEvent event) {
        return Arrays.stream(values()).filter(value -> value.type.isInstance(event)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(event.getClass().getName() + " is not a registered event type"));
    }

    /**
     * The case-file name, as a case file spells the type.
     *
     * @return {@link #caseFileName()}
     */
    @Override
    public String toString() {
        return caseFileName();
    }
}
