package org.duly.timescales;

import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A condition with its words: which occurrences count ("that initiated section 47 enquiries"), or
 * which interval applies at a date ("while under 5"). It is tested with the facts of the case, so
 * it can look beyond the value it is given (the child's age on a date, the placement on a date).
 *
 * <p>This class is immutable and thread-safe if its test is.
 *
 * @param <T> what the condition is about: an occurrence, or a date
 * @param description the condition in words, as it follows what it qualifies
 * @param test the test, given the value and the facts of the case
 */
public record Condition<T>(String description, BiPredicate<? super T, Facts> test) {

    /** Checks both parts are present. */
    public Condition {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(test, "test");
    }

    /**
     * A condition on the value alone.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<StrategyDiscussion> initiatedSection47 =
     *     Condition.of("that initiated section 47 enquiries", StrategyDiscussion::initiatedSection47);
     * }</pre>
     *
     * @param <T> what the condition is about
     * @param description the condition in words
     * @param test the test
     * @return the condition
     */
    public static <T> Condition<T> of(String description, Predicate<? super T> test) {
        Objects.requireNonNull(test, "test");
        return new Condition<>(description, (value, facts) -> test.test(value));
    }

    /**
     * A condition that also needs the facts of the case, such as the child's age on a date.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<LocalDate> underFive = Condition.withFacts("while under 5",
     *     (date, facts) -> !Age.of(5).reachedOn(facts.value(DATE_OF_BIRTH).orElseThrow(), date, LeapDayBirthdays.MARCH_1));
     * }</pre>
     *
     * @param <T> what the condition is about
     * @param description the condition in words
     * @param test the test, given the value and the facts
     * @return the condition
     */
    public static <T> Condition<T> withFacts(String description, BiPredicate<? super T, Facts> test) {
        return new Condition<>(description, test);
    }

    /**
     * Tests the condition.
     *
     * @param value what the condition is about
     * @param facts the facts of the case
     * @return true if it holds
     */
    public boolean test(T value, Facts facts) {
        return test.test(value, facts);
    }

    /**
     * Both conditions.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<Conference> initialPreBirth = INITIAL.and(PRE_BIRTH);
     * }</pre>
     *
     * @param other the other condition
     * @return the condition that holds when both do
     */
    public Condition<T> and(Condition<? super T> other) {
        return new Condition<>(description + " and " + other.description(),
                (value, facts) -> test(value, facts) && other.test(value, facts));
    }

    /**
     * Either condition.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<Placement> fourWeekly = INDEPENDENT_FOSTERING_AGENCY.or(PRIVATE_RESIDENTIAL);
     * }</pre>
     *
     * @param other the other condition
     * @return the condition that holds when either does
     */
    public Condition<T> or(Condition<? super T> other) {
        return new Condition<>(description + " or " + other.description(),
                (value, facts) -> test(value, facts) || other.test(value, facts));
    }

    /**
     * The opposite condition, with its own words.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<LocalDate> fiveOrOver = underFive.negate("from 5");
     * }</pre>
     *
     * @param negatedDescription the opposite condition in words
     * @return the condition that holds when this one does not
     */
    public Condition<T> negate(String negatedDescription) {
        return new Condition<>(negatedDescription, (value, facts) -> !test(value, facts));
    }

    @Override
    public String toString() {
        return description;
    }
}
