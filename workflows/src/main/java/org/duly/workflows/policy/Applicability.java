package org.duly.workflows.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.duly.timescales.Facts;
import org.duly.timescales.When;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * Whether a rule applies to a case at all, tested on the evaluation date, in words that follow
 * "applies": "to children aged 4 to 17", "to corporate complaints". Where it does not hold, the rule
 * is not applicable to the case ({@link Rule#appliesWhen(Applicability)}).
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
 * @param test the test, given the evaluation date and the facts of the case
 */
@CheckReturnValue
public record Applicability(String description, BiPredicate<? super LocalDate, Facts> test) {

    /**
     * Checks both parts are present and the words are not blank.
     *
     * @throws IllegalArgumentException if the words are blank
     */
    public Applicability {
        if (Objects.requireNonNull(description, "description").isBlank()) {
            throw new IllegalArgumentException("a rule's applicability needs words, as a rule prints it: not '" + description + "'");
        }
        Objects.requireNonNull(test, "test");
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
     * The test of a condition on a date, as the condition under which a rule applies, in new words
     * that follow "applies".
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
        return new Applicability(description, when.test());
    }

    /**
     * Tests the condition.
     *
     * @param date the evaluation date
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
        return new Applicability(newDescription, test);
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
        return When.of(whenDescription, test);
    }

    @Override
    public String toString() {
        return description;
    }
}
