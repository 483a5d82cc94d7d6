package org.duly.workflows.cases;

import io.vavr.Lazy;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    private final List<?> events;
    private final Map<Fact<?>, Lazy<Optional<?>>> values;
    private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();

    TimelineFacts(List<?> events, Map<Fact<?>, Supplier<Optional<?>>> values) {
        this.events = List.copyOf(events);
        Map<Fact<?>, Lazy<Optional<?>>> lazy = new java.util.HashMap<>();
        values.forEach((fact, supplier) -> lazy.put(fact, Lazy.of(supplier)));
        this.values = Map.copyOf(lazy);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <O> List<O> occurrences(Class<O> type) {
        return (List<O>) byType.computeIfAbsent(type, key -> events.stream().filter(key::isInstance).toList());
    }

    @Override
    public <T> Optional<T> value(Fact<T> fact) {
        Objects.requireNonNull(fact, "fact");
        Lazy<Optional<?>> lazy = values.get(fact);
        return lazy == null ? Optional.empty() : lazy.get().map(fact.type()::cast);
    }
}
