package org.duly.domain.complaints;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.duly.domain.events.EventType;
import org.duly.domain.value.Spelling;

/**
 * Every kind of complaint event, in one place: its stable case-file name, its value type, its English
 * description.
 */
public enum ComplaintEventType implements EventType {

    /** The {@linkplain ComplaintReceived complaint received}. */
    COMPLAINT_RECEIVED(ComplaintReceived.class, "complaint received"),

    /** The {@linkplain ComplaintAcknowledged acknowledgement of a complaint}. */
    COMPLAINT_ACKNOWLEDGED(ComplaintAcknowledged.class, "acknowledgement of a complaint"),

    /** The {@linkplain ComplaintResolved complaint resolved}. */
    COMPLAINT_RESOLVED(ComplaintResolved.class, "complaint resolved"),

    /** The {@linkplain ComplaintResponse response to a complaint}. */
    COMPLAINT_RESPONSE(ComplaintResponse.class, "response to a complaint"),

    /** The {@linkplain ComplaintExtended extension of a complaint timescale}. */
    COMPLAINT_EXTENDED(ComplaintExtended.class, "extension of a complaint timescale"),

    /** The {@linkplain EscalationRequested request to escalate a complaint}. */
    ESCALATION_REQUESTED(EscalationRequested.class, "request to escalate a complaint"),

    /** The {@linkplain ReviewPanelHeld review panel}. */
    REVIEW_PANEL_HELD(ReviewPanelHeld.class, "review panel");

    /** The types by case-file name, for reading: one look-up per event however many types there are. */
    private static final Map<String, ComplaintEventType> BY_CASE_FILE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ComplaintEventType::caseFileName, Function.identity()));

    private final Class<? extends ComplaintEvent> type;
    private final String description;
    /** Worked out once: every event read and checked asks for it. */
    private final String caseFileName;

    ComplaintEventType(Class<? extends ComplaintEvent> type, String description) {
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
    public Class<? extends ComplaintEvent> type() {
        return type;
    }


    /**
     * The event's name in a case file: the constant's name in lower camel case.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ComplaintEventType.COMPLAINT_RECEIVED.caseFileName()).isEqualTo("complaintReceived");
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
    public static Optional<ComplaintEventType> byCaseFileName(String caseFileName) {
        return Optional.ofNullable(BY_CASE_FILE_NAME.get(caseFileName));
    }

    /**
     * The event type of an event.
     *
     * @param event the event
     * @return its type
     * @throws IllegalArgumentException if the event's class implements no registered type
     */
    public static ComplaintEventType of(ComplaintEvent event) {
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
