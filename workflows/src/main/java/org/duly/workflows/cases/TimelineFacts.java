package org.duly.workflows.cases;

import io.vavr.Lazy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    private final List<?> events;
    /** The events of each concrete class, in the order they happened: a case has a dozen or two classes. */
    private final Map<Class<?>, List<Object>> byClass;
    /** For every type an event can be asked for by, the concrete classes that are of it. */
    private final Map<Class<?>, List<Class<?>>> classesOf;
    private final Map<Fact<?>, Lazy<Optional<?>>> values;

    TimelineFacts(List<?> events, Map<Fact<?>, Supplier<Optional<?>>> values) {
        this.events = List.copyOf(events);
        Map<Class<?>, List<Object>> grouped = new HashMap<>();
        for (Object event : this.events) {
            grouped.computeIfAbsent(event.getClass(), key -> new ArrayList<>()).add(event);
        }
        grouped.replaceAll((type, list) -> List.copyOf(list));
        this.byClass = grouped;
        Map<Class<?>, List<Class<?>>> classes = new HashMap<>();
        for (Class<?> concrete : grouped.keySet()) {
            for (Class<?> type : SUPERTYPES.get(concrete)) {
                classes.computeIfAbsent(type, key -> new ArrayList<>(1)).add(concrete);
            }
        }
        this.classesOf = classes;
        Map<Fact<?>, Lazy<Optional<?>>> lazy = new HashMap<>();
        values.forEach((fact, supplier) -> lazy.put(fact, Lazy.of(supplier)));
        this.values = Map.copyOf(lazy);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <O> List<O> occurrences(Class<O> type) {
        List<Class<?>> classes = classesOf.get(type);
        if (classes == null) {
            return List.of();
        }
        if (classes.size() == 1) {
            return (List<O>) byClass.get(classes.get(0));
        }
        return (List<O>) events.stream().filter(type::isInstance).toList();
    }

    @Override
    public <T> Optional<T> value(Fact<T> fact) {
        Objects.requireNonNull(fact, "fact");
        Lazy<Optional<?>> lazy = values.get(fact);
        return lazy == null ? Optional.empty() : lazy.get().map(fact.type()::cast);
    }
}
