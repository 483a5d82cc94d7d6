package org.duly.workflows.cases;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.duly.domain.EventsByType;
import org.duly.timescales.Fact;
import org.duly.timescales.Facts;

/**
 * Facts over a list of events, with single-valued facts computed at most once, on first use: the
 * adapter between a domain timeline and the timescales, which know nothing of social care.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TimelineFacts implements Facts {

    /** The events of a type: a timeline's own, already grouped ({@code CaseTimeline::eventsOf}), or a list's. */
    interface Occurrences {
        /**
         * The events of a type in the order they happened.
         *
         * @param type the type
         * @param <O> the type
         * @return the events, unmodifiable
         */
        <O> List<O> of(Class<O> type);
    }

    private final Occurrences occurrences;
    private final Fact<?>[] facts;
    private final IntFunction<Optional<?>> valueOf;
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
    // Sized for the few dozen values a case remembers, so that a table made for every case stays small: the events most
    // often asked for are of types the case has none of, which are not remembered.
    private final Map<Object, Object> remembered = new IdentityHashMap<>(64);
    private final AtomicReference<Thread> rememberingFor = new AtomicReference<>();

    TimelineFacts(List<?> events, Map<Fact<?>, Supplier<Optional<?>>> values) {
        this(EventsByType.of(events)::eventsOf, values.keySet().toArray(new Fact<?>[0]), values);
    }

    private TimelineFacts(Occurrences occurrences, Fact<?>[] facts, Map<Fact<?>, Supplier<Optional<?>>> values) {
        this(occurrences, facts, suppliers(facts, values));
    }

    /**
     * Facts whose values are worked out by their place in a list of facts, so that a subject's many facts need no map
     * and no function each (a child's, made once per case).
     */
    TimelineFacts(Occurrences occurrences, Fact<?>[] facts, IntFunction<Optional<?>> valueOf) {
        this.occurrences = occurrences;
        this.facts = facts;
        this.valueOf = valueOf;
        this.values = new Optional<?>[facts.length];
    }

    private static IntFunction<Optional<?>> suppliers(Fact<?>[] facts, Map<Fact<?>, Supplier<Optional<?>>> values) {
        List<Supplier<Optional<?>>> suppliers = new ArrayList<>(facts.length);
        for (Fact<?> fact : facts) {
            suppliers.add(Objects.requireNonNull(values.get(fact), "supplier"));
        }
        return i -> suppliers.get(i).get();
    }

    @Override
    public <O> List<O> occurrences(Class<O> type) {
        return type == null ? List.of() : occurrences.of(type);
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
            value = valueOf.apply(i).map(fact.type()::cast);
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
            // Worked out before it is put: working a value out may ask for another (an event whose condition reads other events).
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
