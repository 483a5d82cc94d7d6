package org.duly.timescales;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What is known about a case on the evaluation date: the occurrences of each kind of event, and
 * single-valued facts such as the date of birth. Timescales read facts; they never fetch them. The
 * caller leaves out what was recorded after the evaluation date.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface Facts {

    /**
     * Every occurrence of a type, in the order they happened.
     *
     * @param <O> the type
     * @param type the type of occurrence
     * @return the occurrences; empty if none
     */
    <O> List<O> occurrences(Class<O> type);

    /**
     * The value of a single-valued fact, if known.
     *
     * @param <T> the type of the value
     * @param fact the fact
     * @return its value, or empty when unknown
     */
    <T> Optional<T> value(Fact<T> fact);

    /**
     * A value worked out from these facts alone, remembered for the next time it is asked for, where
     * the implementation can: evaluating a policy asks for the same event's matching occurrences many
     * times per case. The default remembers nothing and works the value out each time. An
     * implementation that remembers must stay thread-safe, and may remember by the key's identity;
     * the value must depend on the facts and the key alone.
     *
     * <p>Example:
     * <pre>{@code
     * List<Visit> visits = facts.remembered(VISITS_ALONE, () -> visitsAlone(facts));
     * }</pre>
     *
     * @param <T> the type of the value
     * @param key what the value is of, the same object each time it is asked for: an {@link Event}
     * @param compute works the value out from these facts
     * @return the value, remembered or worked out now
     */
    default <T> T remembered(Object key, Supplier<T> compute) {
        return compute.get();
    }

    /**
     * The value of a fact a condition cannot do without. When it is unknown, evaluation stops for
     * that obligation and reports what is missing instead of guessing.
     *
     * <p>Example:
     * <pre>{@code
     * When underFive = When.of("under 5", (date, facts) ->
     *     !Age.of(5).reachedOn(facts.require(DATE_OF_BIRTH, "to tell whether the child is under 5"), date, MARCH_1));
     * }</pre>
     *
     * @param <T> the type of the value
     * @param fact the fact
     * @param neededFor what it is needed for: "to tell whether the child is under 5"
     * @return its value
     * @throws MissingFactException if it is unknown
     */
    default <T> T require(Fact<T> fact, String neededFor) {
        // No lambda for the exception: conditions ask for facts on every rule of every case.
        Optional<T> value = value(fact);
        if (value.isEmpty()) {
            throw new MissingFactException(new CannotCompute(fact.description(), neededFor));
        }
        return value.get();
    }

    /**
     * Facts held in memory: a list of occurrences and a map of values. Occurrences are returned in
     * the order given.
     *
     * <p>Example:
     * <pre>{@code
     * Facts facts = Facts.of(List.of(new Referral(LocalDate.parse("2024-03-01"))),
     *     Map.of(DATE_OF_BIRTH, LocalDate.parse("2015-06-01")));
     * }</pre>
     *
     * @param occurrences the occurrences, in the order they happened
     * @param values the single-valued facts
     * @return the facts
     * @throws IllegalArgumentException if a value is not of its fact's type
     */
    static Facts of(Collection<?> occurrences, Map<Fact<?>, ?> values) {
        List<Object> all = List.copyOf(occurrences);
        Map<Fact<?>, Object> known = new HashMap<>();
        values.forEach((fact, value) -> {
            if (!fact.type().isInstance(value)) {
                throw new IllegalArgumentException(fact + " must be a " + fact.type().getSimpleName() + ", not " + value);
            }
            known.put(fact, value);
        });
        Map<Fact<?>, Object> copy = Map.copyOf(known);
        return new Facts() {
            @Override
            public <O> List<O> occurrences(Class<O> type) {
                List<O> matching = new ArrayList<>();
                for (Object occurrence : all) {
                    if (type.isInstance(occurrence)) {
                        matching.add(type.cast(occurrence));
                    }
                }
                return List.copyOf(matching);
            }

            @Override
            public <T> Optional<T> value(Fact<T> fact) {
                Objects.requireNonNull(fact, "fact");
                return Optional.ofNullable(copy.get(fact)).map(fact.type()::cast);
            }
        };
    }

    /**
     * Occurrences only, no single-valued facts.
     *
     * <p>Example:
     * <pre>{@code
     * Facts facts = Facts.of(new Referral(LocalDate.parse("2024-03-01")), new Visit(LocalDate.parse("2024-03-05")));
     * }</pre>
     *
     * @param occurrences the occurrences, in the order they happened
     * @return the facts
     */
    static Facts of(Object... occurrences) {
        return of(List.of(occurrences), Map.of());
    }
}
