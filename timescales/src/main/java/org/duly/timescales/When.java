package org.duly.timescales;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * A condition on a date that chooses between intervals, or which windows of a schedule count, in
 * words that follow "when": "under 5", "the risk is high". It is tested with the facts of the case
 * (the child's age on the date, the placement on the date).
 *
 * <p>Its own type keeps it in its place in the sentence: a condition on whether a rule applies at
 * all reads after "applies" ("to children aged 4 to 17") and cannot be given where a {@code When}
 * is asked for. Turning one into the other takes new words.
 *
 * <pre>{@code
 * When UNDER_FIVE = When.of("under 5", (date, facts) -> Age.yearsOn(facts.value(DATE_OF_BIRTH).orElseThrow(), date, MARCH_1) < 5);
 * Interval health = either(months(6)).when(UNDER_FIVE).otherwise(months(12));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its test is.
 *
 * @param description the condition in words, as it follows "when"
 * @param test the test, given the date and the facts of the case
 * @param reads what the test reads of the case ({@link Reads}), as a condition on an occurrence declares it
 */
@CheckReturnValue
public record When(String description, BiPredicate<? super LocalDate, Facts> test, Reads reads) {

    /**
     * Checks every part is present and the words are not blank.
     *
     * @throws IllegalArgumentException if the words are blank
     */
    public When {
        Words.require(description, "a condition on a date");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(reads, "reads");
    }

    /**
     * A condition on a date that declares no reads.
     *
     * @param description the condition in words, as it follows "when"
     * @param test the test, given the date and the facts of the case
     * @throws IllegalArgumentException if the words are blank
     */
    public When(String description, BiPredicate<? super LocalDate, Facts> test) {
        this(description, test, Reads.none());
    }

    /**
     * A condition on a date.
     *
     * <p>Example:
     * <pre>{@code
     * When highRisk = When.of("the risk is high", (date, facts) -> latestAssessmentOnOrBefore(date, facts).isHighRisk());
     * assertThat(either(weeks(4)).when(highRisk).otherwise(weeks(6)).everyWords())
     *     .isEqualTo("at least every 4 weeks when the risk is high, otherwise at least every 6 weeks");
     * }</pre>
     *
     * @param description the condition in words, as it follows "when": "under 5"
     * @param test the test, given the date and the facts of the case
     * @return the condition
     * @throws IllegalArgumentException if the words are blank
     */
    public static When of(String description, BiPredicate<? super LocalDate, Facts> test) {
        return new When(description, test);
    }

    /**
     * A condition on a date, with what it reads of the case: each type of occurrence it asks for and
     * each fact ({@link Reads}). The reads are not part of the words.
     *
     * <p>Example:
     * <pre>{@code
     * When highRisk = When.of("the risk is high", Reads.of(ExploitationAssessmentSignedOff.class),
     *     (date, facts) -> latestAssessmentOnOrBefore(date, facts).isHighRisk());
     * assertThat(highRisk.reads().occurrences()).containsExactly(ExploitationAssessmentSignedOff.class);
     * }</pre>
     *
     * @param description the condition in words, as it follows "when": "under 5"
     * @param reads what the test reads of the case
     * @param test the test, given the date and the facts of the case
     * @return the condition
     * @throws IllegalArgumentException if the words are blank
     */
    public static When of(String description, Reads reads, BiPredicate<? super LocalDate, Facts> test) {
        return new When(description, test, reads);
    }

    /**
     * Tests the condition.
     *
     * @param date the date
     * @param facts the facts of the case
     * @return true if it holds on the date
     */
    public boolean test(LocalDate date, Facts facts) {
        return test.test(date, facts);
    }

    /**
     * The same test in other words.
     *
     * <p>Example:
     * <pre>{@code
     * When youngChild = UNDER_FIVE.as("a child under 5");
     * assertThat(youngChild.description()).isEqualTo("a child under 5");
     * }</pre>
     *
     * @param newDescription the condition in words, as it follows "when"
     * @return the condition with the new words
     * @throws IllegalArgumentException if the words are blank
     */
    public When as(String newDescription) {
        return new When(newDescription, test, reads);
    }

    /**
     * The same test asked of an occurrence, on the occurrence's date, with words that follow the
     * event it narrows: "becoming looked after aged 4 to 17". It reads what this reads.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<CaseEvent> agedFourToSeventeen = AGED_4_TO_17.onTheDateOf(CaseEvent::date, "aged 4 to 17");
     * assertThat(BECAME_LOOKED_AFTER.where(agedFourToSeventeen).inWords()).isEqualTo("becoming looked after aged 4 to 17");
     * }</pre>
     *
     * @param <O> the type of the occurrences
     * @param date where an occurrence's date is
     * @param occurrenceDescription the condition in words, as it follows the event it narrows
     * @return the condition on occurrences
     * @throws IllegalArgumentException if the words are blank
     */
    public <O> Condition<O> onTheDateOf(Function<? super O, LocalDate> date, String occurrenceDescription) {
        Objects.requireNonNull(date, "date");
        return Condition.withFacts(occurrenceDescription, reads, (occurrence, facts) -> test(date.apply(occurrence), facts));
    }

    @Override
    public String toString() {
        return description;
    }
}
