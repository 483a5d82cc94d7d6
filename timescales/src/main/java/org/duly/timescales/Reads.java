package org.duly.timescales;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * What a condition reads of a case besides the occurrence it is given: the types of occurrence it asks
 * {@link Facts#occurrences} for ("that made a child protection plan" looks at the plans created), and
 * the facts it asks {@link Facts#value} or {@link Facts#require} for (the child's care history). A
 * condition declares them where it is made, so that what it reads can be said outside it (a handbook's
 * "which reads {@code childsPlanCreated}") and checked against what it does: its words say why, this
 * says what.
 *
 * <pre>{@code
 * Condition<ConferenceHeld> withAPlan = Condition.withFacts("that made a child protection plan",
 *     Reads.of(ChildsPlanCreated.class, ConferenceHeld.class), (conference, facts) -> ...);
 * assertThat(withAPlan.reads().occurrences()).containsExactly(ChildsPlanCreated.class, ConferenceHeld.class);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param occurrences the types of occurrence read, each once, in the order declared
 * @param facts the facts read, each once, in the order declared
 */
@CheckReturnValue
public record Reads(List<Class<?>> occurrences, List<Fact<?>> facts) {

    private static final Reads NONE = new Reads(List.of(), List.of());

    /** Checks every part is present, and copies the lists without repeats. */
    public Reads {
        occurrences = List.copyOf(new LinkedHashSet<>(occurrences));
        facts = List.copyOf(new LinkedHashSet<>(facts));
    }

    /**
     * Nothing besides the occurrence itself: what a condition on the value alone reads.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Condition.of("that initiated section 47 enquiries", StrategyDiscussion::initiatedSection47).reads())
     *     .isEqualTo(Reads.none());
     * }</pre>
     *
     * @return no reads
     */
    public static Reads none() {
        return NONE;
    }

    /**
     * Reads occurrences of some types.
     *
     * <p>Example:
     * <pre>{@code
     * Reads plans = Reads.of(ChildsPlanCreated.class, ConferenceHeld.class);
     * }</pre>
     *
     * @param types the types of occurrence asked for
     * @return the reads
     */
    public static Reads of(Class<?>... types) {
        return new Reads(List.of(types), List.of());
    }

    /**
     * Reads some facts of the case.
     *
     * <p>Example:
     * <pre>{@code
     * Reads age = Reads.of(DATE_OF_BIRTH);
     * }</pre>
     *
     * @param read the facts asked for
     * @return the reads
     */
    public static Reads of(Fact<?>... read) {
        return new Reads(List.of(), List.of(read));
    }

    /**
     * These reads and occurrences of some more types.
     *
     * <p>Example:
     * <pre>{@code
     * Reads both = Reads.of(DATE_OF_BIRTH).and(ChildsPlanCreated.class);
     * }</pre>
     *
     * @param types the further types of occurrence
     * @return the reads
     */
    public Reads and(Class<?>... types) {
        return and(of(types));
    }

    /**
     * These reads and some more facts.
     *
     * <p>Example:
     * <pre>{@code
     * Reads both = Reads.of(ChildsPlanCreated.class).and(DATE_OF_BIRTH);
     * }</pre>
     *
     * @param read the further facts
     * @return the reads
     */
    public Reads and(Fact<?>... read) {
        return and(of(read));
    }

    /**
     * Everything either reads: what a combination of two conditions reads.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Reads.of(CaseClosed.class).and(Reads.of(SteppedDown.class)).occurrences())
     *     .containsExactly(CaseClosed.class, SteppedDown.class);
     * }</pre>
     *
     * @param other the other reads
     * @return the reads of both
     */
    public Reads and(Reads other) {
        Objects.requireNonNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<Class<?>> types = new ArrayList<>(occurrences);
        types.addAll(other.occurrences);
        List<Fact<?>> all = new ArrayList<>(facts);
        all.addAll(other.facts);
        return new Reads(types, all);
    }

    /**
     * Whether nothing is read besides the occurrence itself.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Reads.none().isEmpty()).isTrue();
     * }</pre>
     *
     * @return true when no type and no fact is declared
     */
    public boolean isEmpty() {
        return occurrences.isEmpty() && facts.isEmpty();
    }

    /**
     * Whether asking for occurrences of a type is declared: the type, or a supertype of it, is read.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Reads.of(ChildsPlanCreated.class).covers(ChildsPlanCreated.class)).isTrue();
     * }</pre>
     *
     * @param type the type asked for
     * @return true when declared
     */
    public boolean covers(Class<?> type) {
        Objects.requireNonNull(type, "type");
        return occurrences.stream().anyMatch(declared -> declared.isAssignableFrom(type));
    }

    /**
     * Whether asking for a fact is declared.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Reads.of(DATE_OF_BIRTH).covers(DATE_OF_BIRTH)).isTrue();
     * }</pre>
     *
     * @param fact the fact asked for
     * @return true when declared
     */
    public boolean covers(Fact<?> fact) {
        return facts.contains(Objects.requireNonNull(fact, "fact"));
    }
}
