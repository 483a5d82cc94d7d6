package org.duly.domain.events;

import org.duly.domain.value.Spelling;

/**
 * The kind of an event: its stable name in a case file, the value type its events implement, and
 * the event in English words. Duly's own event types are listed by the registries
 * ({@link CaseEventType}, {@code ComplaintEventType}, {@code StaffEventType}), enums whose case-file
 * names are their constants' names in lower camel case, so {@code STRATEGY_DISCUSSION} is
 * {@code strategyDiscussion}.
 *
 * <p>An application adds its own event types (a local event type) with {@link #of}: an event class
 * of its own (a record, or an Immutables value) that implements {@link CaseEvent} (or
 * {@code ComplaintEvent}, {@code StaffEvent}) and returns its type from
 * {@link TimelineEvent#eventType()}. A timeline then accepts its events: they are checked for date
 * order, the built-in consistency rules ignore them, and problems name them by their case-file name.
 * A case-file reader told about the type reads them ({@code org.duly.casefile}).
 *
 * <pre>{@code
 * public record ChildReturned(String episodeId, LocalDate date, Optional<LocalTime> time) implements CaseEvent {
 *     public static final EventType TYPE = EventType.of("childReturned", ChildReturned.class, "the child's return");
 *
 *     public EventType eventType() {
 *         return TYPE;
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface EventType {

    /**
     * The type's name in upper snake case, as an enum constant has it: {@code STRATEGY_DISCUSSION};
     * a local type's is its case-file name in upper snake case ({@code CHILD_RETURNED}).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EventType.of("childReturned", ChildReturned.class, "the child's return").name()).isEqualTo("CHILD_RETURNED");
     * }</pre>
     *
     * @return the name in upper snake case
     */
    String name();

    /**
     * The event's name in a case file: the constant's name in lower camel case. It is the event
     * type's identity in every file Duly reads or writes, so it never changes. A local type's is the
     * name it was declared with.
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
     * @return the interface (or class) its values implement
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

    /**
     * Declares an event type of an application's own (a local event type): an event the built-in
     * registries do not have, such as a child going missing from care. Declare it once, as a
     * constant of its event class, and return it from the class's {@code eventType()}.
     *
     * <p>Example:
     * <pre>{@code
     * public static final EventType TYPE = EventType.of("childReturned", ChildReturned.class, "the child's return");
     * assertThat(TYPE.caseFileName()).isEqualTo("childReturned");
     * assertThat(TYPE.description()).isEqualTo("the child's return");
     * }</pre>
     *
     * @param caseFileName its name in a case file, in lower camel case: a letter, then letters and
     *     digits ({@code childReturned}); a name no built-in type of its subject has
     * @param type the class of its events: a record or value type of the application's own that
     *     implements {@code CaseEvent}, {@code ComplaintEvent} or {@code StaffEvent}
     * @param description the event in English, as messages and explanations name it: "the child's return"
     * @return the event type; equal to another declared with the same three parts
     * @throws IllegalArgumentException if the name is not in lower camel case, the description is
     *     blank, or the class is one of Duly's own case event types
     */
    static EventType of(String caseFileName, Class<? extends TimelineEvent> type, String description) {
        return new LocalEventType(caseFileName, type, description);
    }
}
