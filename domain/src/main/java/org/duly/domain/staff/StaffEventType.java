package org.duly.domain.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.duly.domain.events.EventType;

/**
 * Every kind of staff event, in one place: its stable case-file name, its value type, its English
 * description.
 */
public enum StaffEventType implements EventType {

    /** The {@linkplain StartedInPost start in post}. */
    STARTED_IN_POST(StartedInPost.class, "start in post"),

    /** The {@linkplain RoleChanged change of role}. */
    ROLE_CHANGED(RoleChanged.class, "change of role"),

    /** The {@linkplain LeftPost leaving post}. */
    LEFT_POST(LeftPost.class, "leaving post"),

    /** The {@linkplain SupervisionSession supervision session}. */
    SUPERVISION_SESSION(SupervisionSession.class, "supervision session"),

    /** The {@linkplain ReflectiveCaseReviewAllocated reflective case review allocation}. */
    REFLECTIVE_CASE_REVIEW_ALLOCATED(ReflectiveCaseReviewAllocated.class, "reflective case review allocation"),

    /** The {@linkplain ReflectiveCaseReviewCompleted reflective case review completed}. */
    REFLECTIVE_CASE_REVIEW_COMPLETED(ReflectiveCaseReviewCompleted.class, "reflective case review completed");

    private final Class<? extends StaffEvent> type;
    private final String description;

    StaffEventType(Class<? extends StaffEvent> type, String description) {
        this.type = type;
        this.description = description;
    }


    /**
     * The value type of the event.
     *
     * @return the interface its values implement
     */
    @Override
    public Class<? extends StaffEvent> type() {
        return type;
    }

    /**
     * The event in English, as a message or explanation names it.
     *
     * @return the description, in lower case
     */
    @Override
    public String description() {
        return description;
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
                .orElseThrow(() -> new IllegalArgumentException(event.getClass().getName() + " is not one of Duly's event types; an event class of an"
                        + " application's own returns its type, declared with EventType.of, from eventType()"));
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
