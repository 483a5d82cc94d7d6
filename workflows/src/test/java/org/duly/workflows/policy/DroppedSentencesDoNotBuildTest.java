package org.duly.workflows.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence of the DSL written as a statement and dropped, half-written or whole, does not build:
 * every sentence and clause is {@code @CheckReturnValue}, and Duly's build runs Error Prone's
 * CheckReturnValue check as an error. Each statement below is compiled with Error Prone as the
 * build runs it; a policy's builder may be used as a statement, because it changes itself.
 */
class DroppedSentencesDoNotBuildTest {

    private static String source(String statement) {
        return Javac.sentence("static void write(Policy.Builder builder) { " + statement + " }");
    }

    @ParameterizedTest(name = "{0} -> builds: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            within(workingDays(15));                                                     | false
            within(workingDays(15)).of(STRATEGY_DISCUSSION);                             | false
            Deadline icpc = within(workingDays(15)).of(STRATEGY_DISCUSSION);             | true
            first(within(workingDays(20)).of(BECAME_LOOKED_AFTER)).thenEvery(months(6)); | false
            workingDays(15);                                                             | false
            STRATEGY_DISCUSSION.where(INITIATED_SECTION_47);                             | false
            CONFERENCE_HELD.filteredBy(conferenceHeld(ConferenceKind.INITIAL));          | false
            UNDER_FIVE.as(`a child under 5`);                                            | false
            rule(`cp.x`, `X`).implementing(`CP-1`);                                      | false
            Rules.Implementing started = rule(`cp.x`, `X`).implementing(`CP-1`);         | true
            RULE.interpretedAs(`read as written`);                                       | false
            Rule read = RULE.interpretedAs(`read as written`);                           | true
            builder.rule(RULE);                                                          | true
            builder.build();                                                             | false
            Policy policy = builder.rule(RULE).build();                                  | true
            """)
    void a_dropped_sentence_does_not_build(String statement, boolean expected) throws IOException {
        Javac.Result result = Javac.compile(source(statement.replace('`', '"')), Javac.WITH_ERROR_PRONE);
        assertThat(result.compiled()).as(statement + "\n" + result.messages()).isEqualTo(expected);
        if (!expected) {
            assertThat(result.messages()).as("fails for its dropped result, not for a typing mistake")
                    .contains("[CheckReturnValue]").doesNotContain("cannot find symbol");
        }
    }

    @Test
    void plain_javac_lets_a_dropped_sentence_through() throws IOException {
        assertThat(Javac.compile(source("within(workingDays(15));"), Javac.PLAIN).compiled()).isTrue();
    }
}
