package org.duly.domain.events;

import org.duly.domain.value.Spelling;

/**
 * The kind of an event, as every registry of event types ({@link CaseEventType}, {@code
 * ComplaintEventType}, {@code StaffEventType}) lists it: its stable name in a case file, the value
 * type its events implement, and the event in English words. The registries are enums; an event
 * type's case-file name is its constant's name in lower camel case, so {@code STRATEGY_DISCUSSION}
 * is {@code strategyDiscussion}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface EventType {

    /**
     * The constant's name, as an enum has it: {@code STRATEGY_DISCUSSION}.
     *
     * @return the name in upper snake case
     */
    String name();

    /**
     * The event's name in a case file: the constant's name in lower camel case. It is the event
     * type's identity in every file Duly reads or writes, so it never changes.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseEventType.STRATEGY_DISCUSSION.caseFileName()).isEqualTo("strategyDiscussion");
     * assertThat(CaseEventType.SECTION_47_ENQUIRY_STARTED.caseFileName()).isEqualTo("section47EnquiryStarted");
     * }</pre>
     *
     * @return the case-file name
     */
    default String caseFileName() {
        return Spelling.camelCase(name());
    }

    /**
     * The value type of the event.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseEventType.STRATEGY_DISCUSSION.type()).isEqualTo(StrategyDiscussion.class);
     * }</pre>
     *
     * @return the interface its values implement
     */
    Class<? extends TimelineEvent> type();

    /**
     * The event in English, as a message, an explanation or a report names it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseEventType.BECAME_LOOKED_AFTER.description()).isEqualTo("becoming looked after");
     * }</pre>
     *
     * @return the description, in lower case
     */
    String description();
}
