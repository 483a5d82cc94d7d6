package org.duly.workflows.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.duly.timescales.Fact;
import org.duly.timescales.Facts;

/**
 * Facts over a list of events, with single-valued facts computed at most once, on first use: the
 * adapter between a domain timeline and the timescales, which know nothing of social care.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TimelineFacts implements Facts {

    /** Every class and interface but Object an event class can be asked for by, worked out once per class. */
    private static final ClassValue<List<Class<?>>> SUPERTYPES = new ClassValue<>() {
        @Override
        protected List<Class<?>> computeValue(Class<?> type) {
            Set<Class<?>> all = new LinkedHashSet<>();
            collect(type, all);
            all.remove(Object.class);
            return List.copyOf(all);
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

    /** A key of its own for each type, under which the events of a type several classes share are remembered. */
    private static final ClassValue<Object> SEVERAL_KEYS = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            return new Object();
        }
    };

    private final List<?> events;
    /**
     * For every type an event can be asked for by, its events in the order they happened when they
     * are all of one concrete class (nearly always), or {@link #SEVERAL_CLASSES} when they are not.
     */
    private final Map<Class<?>, List<Object>> byType;
    /** Marks a type whose events are of several classes: they are picked out of the timeline when asked for. */
    private static final List<Object> SEVERAL_CLASSES = new ArrayList<>(0);
    private final Fact<?>[] facts;
    private final Supplier<Optional<?>>[] suppliers;
    /**
     * Each fact's value once computed. Racy but safe: a value is computed from immutable inputs, so
     * two threads computing it at once get equal values, and Optional publishes its value safely.
     */
    private final Optional<?>[] values;
    /**
     * Values worked out from these facts ({@link #remembered}), such as an event's matching occurrences,
     * by key identity: kept for the first thread that asks, so that the map needs no lock (an engine
     * evaluates a case on one thread); another thread works its values out each time.
     */
    // Sized for the few hundred values a whole booklet's catalogue asks of a case, so that it does not grow.
    private final Map<Object, Object> remembered = new IdentityHashMap<>(512);
    private final AtomicReference<Thread> rememberingFor = new AtomicReference<>();

    @SuppressWarnings("unchecked")
    TimelineFacts(List<?> events, Map<Fact<?>, Supplier<Optional<?>>> values) {
        this.events = List.copyOf(events);
        Map<Class<?>, List<Object>> grouped = new HashMap<>(64);
        for (Object event : this.events) {
            List<Object> group = grouped.get(event.getClass());
            if (group == null) {
                group = new ArrayList<>();
                grouped.put(event.getClass(), group);
            }
            group.add(event);
        }
        Map<Class<?>, List<Object>> types = new HashMap<>(5 * grouped.size() + 16);
        for (Map.Entry<Class<?>, List<Object>> group : grouped.entrySet()) {
            List<Object> ofClass = List.copyOf(group.getValue());
            for (Class<?> type : SUPERTYPES.get(group.getKey())) {
                types.put(type, types.containsKey(type) ? SEVERAL_CLASSES : ofClass);
            }
        }
        this.byType = types;
        this.facts = values.keySet().toArray(new Fact<?>[0]);
        this.suppliers = new Supplier[facts.length];
        for (int i = 0; i < facts.length; i++) {
            suppliers[i] = Objects.requireNonNull(values.get(facts[i]), "supplier");
        }
        this.values = new Optional<?>[facts.length];
    }

    @Override
    @SuppressWarnings("unchecked")
    public <O> List<O> occurrences(Class<O> type) {
        List<Object> ofType = byType.get(type);
        if (ofType == null) {
            return List.of();
        }
        if (ofType == SEVERAL_CLASSES) {
            // Worked out once per type: the rules of a catalogue ask for the events of one interface many times per case.
            return (List<O>) remembered(SEVERAL_KEYS.get(type), () -> events.stream().filter(type::isInstance).toList());
        }
        return (List<O>) ofType;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> value(Fact<T> fact) {
        Objects.requireNonNull(fact, "fact");
        int i = indexOf(fact);
        if (i < 0) {
            return Optional.empty();
        }
        Optional<?> value = values[i];
        if (value == null) {
            value = suppliers[i].get().map(fact.type()::cast);
            values[i] = value;
        }
        return (Optional<T>) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T remembered(Object key, Supplier<T> compute) {
        Thread current = Thread.currentThread();
        if (rememberingFor.get() != current && !rememberingFor.compareAndSet(null, current)) {
            return compute.get();
        }
        Object value = remembered.get(key);
        if (value == null) {
            // Not computeIfAbsent: working a value out may ask for another (an event whose condition reads other events).
            value = Objects.requireNonNull(compute.get(), "value");
            remembered.put(key, value);
        }
        return (T) value;
    }

    /** Where a fact is: the facts asked for are nearly always the very constants given, so identity first. */
    private int indexOf(Fact<?> fact) {
        for (int i = 0; i < facts.length; i++) {
            if (facts[i] == fact) {
                return i;
            }
        }
        for (int i = 0; i < facts.length; i++) {
            if (facts[i].equals(fact)) {
                return i;
            }
        }
        return -1;
    }
}
