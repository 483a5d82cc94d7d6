package org.duly.domain.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.duly.domain.events.EventType;
import org.duly.domain.value.Spelling;

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

    /** The types by case-file name, for reading: one look-up per event however many types there are. */
    private static final Map<String, StaffEventType> BY_CASE_FILE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(StaffEventType::caseFileName, Function.identity()));

    private final Class<? extends StaffEvent> type;
    private final String description;
    /** Worked out once: every event read and checked asks for it. */
    private final String caseFileName;

    StaffEventType(Class<? extends StaffEvent> type, String description) {
        this.type = type;
        this.description = description;
        this.caseFileName = Spelling.camelCase(name());
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
     * The event's name in a case file: the constant's name in lower camel case.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(StaffEventType.REFLECTIVE_CASE_REVIEW_COMPLETED.caseFileName()).isEqualTo("reflectiveCaseReviewCompleted");
     * }</pre>
     *
     * @return the case-file name
     */
    @Override
    public String caseFileName() {
        return caseFileName;
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
        return Optional.ofNullable(BY_CASE_FILE_NAME.get(caseFileName));
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
