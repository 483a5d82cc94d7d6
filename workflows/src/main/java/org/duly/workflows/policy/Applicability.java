package org.duly.workflows.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.duly.timescales.Facts;
import org.duly.timescales.Reads;
import org.duly.timescales.When;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * Whether a rule applies to a case, in words that follow "applies": "to children aged 4 to 17", "to
 * corporate complaints". It is judged for each occurrence on the day its clock started (the default)
 * or on the day it falls due ({@link #judgedOnEachDueDate()}), never on the evaluation date: a child
 * turning 16, or a later arrangement, never turns an earlier miss into "not applicable". Where it
 * does not hold, the occurrence is not owed ({@link Rule#appliesWhen(Applicability)}).
 *
 * <p>Its own type keeps it in its place in the sentence: a condition that chooses an interval reads
 * after "when" ({@link When}: "under 5") and cannot be given where an {@code Applicability} is
 * asked for, nor this where a {@code When} is. Turning one into the other takes new words:
 * {@link #of(String, When)} and {@link #asWhen(String)}.
 *
 * <pre>{@code
 * Applicability TEAM_MANAGERS = Applicability.of("to team managers", (date, facts) -> roleOn(facts, date) == TEAM_MANAGER);
 * rule.appliesWhen(TEAM_MANAGERS);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its test is.
 *
 * @param description the condition in words, as it follows "applies"
 * @param test the test, given the day it is judged on and the facts of the case
 * @param judgedOn which day of each occurrence it is judged on
 * @param reads what the test reads of the case ({@link Reads}), as a condition on an occurrence declares it
 */
@CheckReturnValue
public record Applicability(String description, BiPredicate<? super LocalDate, Facts> test, JudgedOn judgedOn, Reads reads) {

    /** Which day of an occurrence a rule's applicability is judged on. */
    public enum JudgedOn {
        /** The day its clock started: the anchor's day, or the start of its chain. */
        CLOCK_START,
        /** The day it falls due: for duties owed only while a status lasts (privately fostered, a care leaver under 21). */
        DUE_DATE
    }

    /**
     * Checks every part is present and the words are not blank.
     *
     * @throws IllegalArgumentException if the words are blank
     */
    public Applicability {
        if (Objects.requireNonNull(description, "description").isBlank()) {
            throw new IllegalArgumentException("a rule's applicability needs words, as a rule prints it: not '" + description + "'");
        }
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(judgedOn, "judgedOn");
        Objects.requireNonNull(reads, "reads");
    }

    /**
     * A condition judged on the day each occurrence's clock started, declaring no reads.
     *
     * @param description the condition in words, as it follows "applies"
     * @param test the test, given the day it is judged on and the facts of the case
     */
    public Applicability(String description, BiPredicate<? super LocalDate, Facts> test) {
        this(description, test, JudgedOn.CLOCK_START, Reads.none());
    }

    /**
     * The condition under which a rule applies.
     *
     * <p>Example:
     * <pre>{@code
     * Applicability corporate = Applicability.of("to corporate complaints",
     *     (date, facts) -> facts.require(ComplaintFacts.COMPLAINT, "to know the kind of complaint").kind() == ComplaintKind.CORPORATE);
     * assertThat(rule.appliesWhen(corporate).inWords()).endsWith("(applies to corporate complaints)");
     * }</pre>
     *
     * @param description the condition in words, as it follows "applies": "to corporate complaints"
     * @param test the test, given the evaluation date and the facts of the case
     * @return the condition
     * @throws IllegalArgumentException if the words are blank
     */
    public static Applicability of(String description, BiPredicate<? super LocalDate, Facts> test) {
        return new Applicability(description, test);
    }

    /**
     * The condition under which a rule applies, with what it reads of the case: each type of occurrence
     * it asks for and each fact ({@link Reads}). The reads are not part of the words.
     *
     * <p>Example:
     * <pre>{@code
     * Applicability corporate = Applicability.of("to corporate complaints", Reads.of(ComplaintFacts.COMPLAINT),
     *     (date, facts) -> facts.require(ComplaintFacts.COMPLAINT, "to know the kind of complaint").kind() == ComplaintKind.CORPORATE);
     * assertThat(corporate.reads().facts()).containsExactly(ComplaintFacts.COMPLAINT);
     * }</pre>
     *
     * @param description the condition in words, as it follows "applies": "to corporate complaints"
     * @param reads what the test reads of the case
     * @param test the test, given the day it is judged on and the facts of the case
     * @return the condition
     * @throws IllegalArgumentException if the words are blank
     */
    public static Applicability of(String description, Reads reads, BiPredicate<? super LocalDate, Facts> test) {
        return new Applicability(description, test, JudgedOn.CLOCK_START, reads);
    }

    /**
     * The test of a condition on a date, as the condition under which a rule applies, in new words
     * that follow "applies". It reads what the condition on a date reads.
     *
     * <p>Example:
     * <pre>{@code
     * Applicability underFives = Applicability.of("to children under 5", UNDER_FIVE);
     * assertThat(underFives.description()).isEqualTo("to children under 5");
     * }</pre>
     *
     * @param description the condition in words, as it follows "applies": "to children under 5"
     * @param when the condition on a date whose test it takes
     * @return the condition
     * @throws IllegalArgumentException if the words are blank
     */
    public static Applicability of(String description, When when) {
        return new Applicability(description, when.test(), JudgedOn.CLOCK_START, when.reads());
    }

    /**
     * Tests the condition.
     *
     * @param date the day it is judged on
     * @param facts the facts of the case
     * @return true if the rule applies
     */
    public boolean test(LocalDate date, Facts facts) {
        return test.test(date, facts);
    }

    /**
     * The same test in other words.
     *
     * <p>Example:
     * <pre>{@code
     * Applicability managers = TEAM_MANAGER.as("to team managers and their deputies");
     * assertThat(managers.description()).isEqualTo("to team managers and their deputies");
     * }</pre>
     *
     * @param newDescription the condition in words, as it follows "applies"
     * @return the condition with the new words
     * @throws IllegalArgumentException if the words are blank
     */
    public Applicability as(String newDescription) {
        return new Applicability(newDescription, test, judgedOn, reads);
    }

    /**
     * The same condition, judged on the day each occurrence falls due rather than the day its clock
     * started: an occurrence is owed if the condition held on its due date.
     *
     * <p>Example:
     * <pre>{@code
     * Applicability fostered = PRIVATELY_FOSTERED.judgedOnEachDueDate();
     * assertThat(fostered.inWords()).isEqualTo("to privately fostered children, judged on each due date");
     * }</pre>
     *
     * @return the condition
     */
    public Applicability judgedOnEachDueDate() {
        return new Applicability(description, test, JudgedOn.DUE_DATE, reads);
    }

    /**
     * The condition in words with the day it is judged on, as a rule prints it after "applies": "to
     * privately fostered children, judged on each due date"; the default day, the clock's start, goes unsaid.
     *
     * @return the condition in words
     */
    public String inWords() {
        return judgedOn == JudgedOn.DUE_DATE ? description + ", judged on each due date" : description;
    }

    /**
     * The same test as a condition on a date that chooses an interval, in new words that follow "when".
     *
     * <p>Example:
     * <pre>{@code
     * When fostered = PRIVATELY_FOSTERED.asWhen("privately fostered");
     * assertThat(either(weeks(6)).when(fostered).otherwise(weeks(12)).everyWords())
     *     .isEqualTo("at least every 6 weeks when privately fostered, otherwise at least every 12 weeks");
     * }</pre>
     *
     * @param whenDescription the condition in words, as it follows "when"
     * @return the condition on a date
     * @throws IllegalArgumentException if the words are blank
     */
    public When asWhen(String whenDescription) {
        return When.of(whenDescription, reads, test);
    }

    @Override
    public String toString() {
        return description;
    }
}
