package org.duly.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.duly.domain.events.EventType;
import org.duly.domain.events.TimelineEvent;

/**
 * The event types an application adds to case files (declared with {@link EventType#of}), checked
 * once and sorted by the kind of file they belong to, beside Duly's own: what the reader, the schema
 * and the raw timelines know of a kind's types.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LocalEventTypes {

    /** No local types: Duly's own only. */
    static final LocalEventTypes NONE = new LocalEventTypes(new EnumMap<>(CaseFileKind.class));

    private final Map<CaseFileKind, Map<String, EventType>> byKind;

    private LocalEventTypes(Map<CaseFileKind, Map<String, EventType>> byKind) {
        this.byKind = byKind;
    }

    /**
     * Checks and sorts an application's event types: each belongs to the kind of file whose event
     * interface its class implements, has a name no built-in type of that kind has and no other
     * local type has, and a class a case file can be read into ({@link RawValues#check(Class)}). A
     * type given twice counts once.
     *
     * @param types the application's event types
     * @return the types, by kind
     * @throws IllegalArgumentException saying what is wrong with a type
     */
    static LocalEventTypes of(Collection<? extends EventType> types) {
        Objects.requireNonNull(types, "types");
        Map<CaseFileKind, Map<String, EventType>> byKind = new EnumMap<>(CaseFileKind.class);
        for (EventType type : types) {
            Objects.requireNonNull(type, "an event type");
            Class<? extends TimelineEvent> eventClass = type.type();
            CaseFileKind kind = CaseFileKind.ofEventClass(eventClass).orElseThrow(() -> new IllegalArgumentException(
                    "the event type " + type.caseFileName() + " has the class " + eventClass.getName()
                    + ", which is not the event of a child's case, a complaint or a worker; expected a class that"
                    + " implements CaseEvent, ComplaintEvent or StaffEvent"));
            kind.eventTypes().stream().filter(builtIn -> builtIn.caseFileName().equals(type.caseFileName())
                    || builtIn.type().isAssignableFrom(eventClass)).findFirst().ifPresent(builtIn -> {
                        throw new IllegalArgumentException("the event type " + type.caseFileName() + " clashes with Duly's own "
                                + builtIn.caseFileName() + "; expected a name and a class of its own");
                    });
            Map<String, EventType> ofKind = byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            EventType named = ofKind.putIfAbsent(type.caseFileName(), type);
            if (named != null && !named.equals(type)) {
                throw new IllegalArgumentException("two event types are named " + type.caseFileName() + ": "
                        + named.description() + " and " + type.description() + "; expected one type per case-file name");
            }
            ofKind.values().stream().filter(other -> other.type().equals(eventClass) && !other.equals(type)).findFirst()
                    .ifPresent(other -> {
                        throw new IllegalArgumentException("the class " + eventClass.getName() + " has two event types, "
                                + other.caseFileName() + " and " + type.caseFileName() + "; expected one");
                    });
            RawValues.check(eventClass);
        }
        return new LocalEventTypes(byKind);
    }

    /** Every event type a file of a kind may hold: Duly's own, in their registry's order, then the local ones as given. */
    List<EventType> eventTypes(CaseFileKind kind) {
        List<EventType> all = new ArrayList<>(kind.eventTypes());
        all.addAll(byKind.getOrDefault(kind, Map.of()).values());
        return all;
    }

    /** The local event types of a kind, as given. */
    List<EventType> localTypes(CaseFileKind kind) {
        return List.copyOf(byKind.getOrDefault(kind, Map.of()).values());
    }

    /** The event class of a type's case-file name in a file of a kind, built in or local, if it is known. */
    Optional<Class<? extends TimelineEvent>> typeOf(CaseFileKind kind, String caseFileName) {
        Optional<EventType> builtIn = kind.eventType(caseFileName);
        if (builtIn.isPresent()) {
            return Optional.of(builtIn.get().type());
        }
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(caseFileName)).map(EventType::type);
    }
}
