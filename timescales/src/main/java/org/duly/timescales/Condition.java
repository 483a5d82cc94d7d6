package org.duly.timescales;

import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * A condition with its words: which occurrences of an event count ("that initiated section 47
 * enquiries"), in words that follow the event's. It is tested with the facts of the case, so it can
 * look beyond the occurrence it is given (the plans made on the day of a conference). A condition
 * always has words, because the words are what a rule prints and a policy author checks against the
 * booklet; {@link #as(String)} words it afresh. A condition on a date has a type of its own:
 * {@link When}.
 *
 * <p>What a condition reads beyond its occurrence it declares ({@link Reads}), so that what a rule
 * reads of a case can be said outside the test: "that made a child protection plan" reads the plans
 * created. Combinations ({@link #and}, {@link #or}, {@link #negate}, {@link #as}) read what their
 * parts read.
 *
 * <p>This class is immutable and thread-safe if its test is.
 *
 * @param <T> the occurrences the condition is about
 * @param description the condition in words, as it follows the event it narrows
 * @param test the test, given the occurrence and the facts of the case
 * @param reads what the test reads of the case besides the occurrence
 */
@CheckReturnValue
public record Condition<T>(String description, BiPredicate<? super T, Facts> test, Reads reads) {

    /**
     * Checks every part is present and the words are not blank.
     *
     * @throws IllegalArgumentException if the words are blank
     */
    public Condition {
        Words.require(description, "a condition");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(reads, "reads");
    }

    /**
     * A condition that declares no reads besides its occurrence.
     *
     * @param description the condition in words, as it follows the event it narrows
     * @param test the test, given the occurrence and the facts of the case
     * @throws IllegalArgumentException if the words are blank
     */
    public Condition(String description, BiPredicate<? super T, Facts> test) {
        this(description, test, Reads.none());
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
     * A condition that also needs the facts of the case, declaring none it reads: for a test that
     * reads only its occurrence and what the facts remember of it. One that asks for other records
     * or facts says which with {@link #withFacts(String, Reads, BiPredicate)}.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<Visit> seen = Condition.withFacts("at which the child was seen", (visit, facts) -> visit.childSeen());
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
     * A condition that also needs the facts of the case, such as the plans recorded on the day of a
     * conference, with what it reads of them: each type of occurrence it asks for and each fact. The
     * reads are not part of the words: "that made a child protection plan" still reads so.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<ConferenceHeld> withAPlan = Condition.withFacts("that made a child protection plan",
     *     Reads.of(ChildsPlanCreated.class), (conference, facts) -> facts.occurrences(ChildsPlanCreated.class).stream()
     *         .anyMatch(plan -> plan.date().equals(conference.date())));
     * assertThat(withAPlan.reads().occurrences()).containsExactly(ChildsPlanCreated.class);
     * }</pre>
     *
     * @param <T> what the condition is about
     * @param description the condition in words
     * @param reads what the test reads besides the value
     * @param test the test, given the value and the facts
     * @return the condition
     */
    public static <T> Condition<T> withFacts(String description, Reads reads, BiPredicate<? super T, Facts> test) {
        return new Condition<>(description, test, reads);
    }

    /**
     * The same test in other words: ArchUnit's {@code DescribedPredicate.as}, for a policy that
     * words a condition its own way.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<PlacementStarted> privateHome = placementOfType(PlacementType.PRIVATE_RESIDENTIAL).as("in a private children's home");
     * assertThat(PLACEMENT_STARTED.where(privateHome).inWords()).isEqualTo("the start of the placement in a private children's home");
     * }</pre>
     *
     * @param newDescription the condition in words, as it follows the event it narrows
     * @return the condition with the new words
     * @throws IllegalArgumentException if the words are blank
     */
    public Condition<T> as(String newDescription) {
        return new Condition<>(newDescription, test, reads);
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
     * assertThat(initialPreBirth.description()).isEqualTo(INITIAL.description() + " and " + PRE_BIRTH.description());
     * }</pre>
     *
     * @param other the other condition
     * @return the condition that holds when both do
     */
    public Condition<T> and(Condition<? super T> other) {
        return new Condition<>(description + " and " + other.description(),
                (value, facts) -> test(value, facts) && other.test(value, facts), reads.and(other.reads()));
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
                (value, facts) -> test(value, facts) || other.test(value, facts), reads.and(other.reads()));
    }

    /**
     * The opposite condition, with its own words.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<ConferenceHeld> afterTheBirth = PRE_BIRTH.negate("held after the birth");
     * }</pre>
     *
     * @param negatedDescription the opposite condition in words
     * @return the condition that holds when this one does not
     */
    public Condition<T> negate(String negatedDescription) {
        return new Condition<>(negatedDescription, (value, facts) -> !test(value, facts), reads);
    }

    @Override
    public String toString() {
        return description;
    }
}
