package org.duly.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The events of a timeline by every type they can be asked for by: each concrete class, and every
 * class and interface but Object it extends or implements. Worked out once, so that asking for the
 * events of a type is a lookup, not a pass over the timeline: rules and derived facts ask for events
 * by type hundreds of times per case, most often for a type the case has none of.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventsByType {

    /** Every class and interface but Object an event class can be asked for by, worked out once per class. */
    private static final ClassValue<Class<?>[]> SUPERTYPES = new ClassValue<>() {
        @Override
        protected Class<?>[] computeValue(Class<?> type) {
            Set<Class<?>> all = new LinkedHashSet<>();
            collect(type, all);
            all.remove(Object.class);
            return all.toArray(new Class<?>[0]);
        }

        private void collect(Class<?> type, Set<Class<?>> all) {
            if (type == null || !all.add(type)) {
                return;
            }
            collect(type.getSuperclass(), all);
            for (Class<?> each : type.getInterfaces()) {
                collect(each, all);
            }
        }
    };

    /** Marks a type of several classes while they are grouped. */
    private static final List<Object> SHARED = new ArrayList<>(0);

    /** Every event, which are the events of Object. */
    private final List<Object> all;
    /**
     * The types the events are of, by slot: a table of their own, keyed by identity, with three empty slots or more to
     * each type. Most types asked for are not in it, and a miss then ends at an empty slot at once; a hit is two array
     * reads, where a hash map reads a node too (and makes one per type, for every case).
     */
    private final Class<?>[] types;
    /** The events of the type in the same slot of {@link #types}. */
    private final List<?>[] lists;

    private EventsByType(List<?> events) {
        this.all = List.copyOf(events);
        // Grouped by concrete class first: a case has a few dozen events of a dozen or so classes, so a search of an array
        // of them beats a map; each event's class is kept by its place, for the types several classes share.
        int size = all.size();
        Class<?>[] classes = new Class<?>[8];
        List<List<Object>> groups = new ArrayList<>();
        int[] classOf = new int[size];
        int count = 0;
        int last = -1;
        for (int e = 0; e < size; e++) {
            Object event = all.get(e);
            Class<?> type = event.getClass();
            int place = last >= 0 && classes[last] == type ? last : -1;
            for (int c = 0; place < 0 && c < count; c++) {
                if (classes[c] == type) {
                    place = c;
                }
            }
            if (place < 0) {
                if (count == classes.length) {
                    classes = Arrays.copyOf(classes, 2 * count);
                }
                classes[count] = type;
                groups.add(new ArrayList<>());
                place = count++;
            }
            groups.get(place).add(event);
            classOf[e] = place;
            last = place;
        }
        Class<?>[][] supertypes = new Class<?>[count][];
        int entries = 0;
        for (int c = 0; c < count; c++) {
            supertypes[c] = SUPERTYPES.get(classes[c]);
            entries += supertypes[c].length;
        }
        this.types = new Class<?>[Math.max(16, Integer.highestOneBit(4 * entries - 1) << 1)];
        this.lists = new List<?>[types.length];
        List<Integer> shared = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<Object> ofClass = List.copyOf(groups.get(c));
            for (Class<?> type : supertypes[c]) {
                int slot = slot(type);
                if (types[slot] == null) {
                    types[slot] = type;
                    lists[slot] = ofClass;
                } else if (lists[slot] != SHARED) {
                    lists[slot] = SHARED;
                    shared.add(slot);
                }
            }
        }
        for (int slot : shared) {
            lists[slot] = ofType(all, types[slot], classOf, supertypes);
        }
    }

    /** The slot of a type: where it is, or the empty one where it would go. */
    private int slot(Class<?> type) {
        int mask = types.length - 1;
        int hash = System.identityHashCode(type);
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (types[slot] != null && types[slot] != type) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * The events of a type several classes share, in the order given: all of them for a type every class has (CaseEvent,
     * say); else picked out by their classes' places, where isInstance on an interface searches.
     */
    private static List<Object> ofType(List<Object> all, Class<?> type, int[] classOf, Class<?>[][] supertypes) {
        boolean[] isOfType = new boolean[supertypes.length];
        int classesOfType = 0;
        for (int c = 0; c < supertypes.length; c++) {
            for (Class<?> supertype : supertypes[c]) {
                if (supertype == type) {
                    isOfType[c] = true;
                    classesOfType++;
                }
            }
        }
        if (classesOfType == supertypes.length) {
            return all;
        }
        List<Object> events = new ArrayList<>();
        for (int e = 0; e < classOf.length; e++) {
            if (isOfType[classOf[e]]) {
                events.add(all.get(e));
            }
        }
        return List.copyOf(events);
    }

    /**
     * The events of a list by type.
     *
     * <p>Example:
     * <pre>{@code
     * EventsByType byType = EventsByType.of(timeline.events());
     * assertThat(byType.eventsOf(ConferenceHeld.class)).isEqualTo(timeline.eventsOf(ConferenceHeld.class));
     * }</pre>
     *
     * @param events the events, in the order they happened; none null
     * @return the events by type
     */
    public static EventsByType of(List<?> events) {
        return new EventsByType(Objects.requireNonNull(events, "events"));
    }

    /**
     * The events of a type (a class, or an interface they implement) in the order given: the same as
     * picking out of the list every event that is an instance of it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EventsByType.of(List.of(visit, conference, laterVisit)).eventsOf(Visit.class))
     *     .containsExactly(visit, laterVisit);
     * }</pre>
     *
     * @param type the type, such as {@code Visit.class}
     * @param <O> the type
     * @return the events of that type, unmodifiable; empty if there are none
     */
    @SuppressWarnings("unchecked")
    public <O> List<O> eventsOf(Class<O> type) {
        List<?> ofType = lists[slot(type)];
        if (ofType != null) {
            return (List<O>) ofType;
        }
        // Object is left out of the supertypes: every event is one.
        return type == Object.class ? (List<O>) all : List.of();
    }
}
